using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Events.Core.Registrations;

/// <summary>
/// Group commit for registrations, per event: callers queue their registration and await it; while an event has
/// registrations waiting, one drain takes the event's turn (<see cref="RegistrationGate"/>), takes everything queued
/// (up to <see cref="MostPerBatch"/>) and decides and writes it in arrival order in one transaction
/// (<see cref="Registrar.WriteBatchAsync"/>). A lone registration is written at once; a rush costs one commit per batch
/// instead of one per person. Cancelling, approving and promoting take the same turn, so they never interleave with a batch.
/// </summary>
public sealed partial class RegistrationWriter(IServiceScopeFactory scopes, RegistrationGate gate, ILogger<RegistrationWriter> log)
{
    public const int MostPerBatch = 256;

    private readonly ConcurrentDictionary<int, EventQueue> _events = new();

    internal Task<RegisterOutcome> WriteAsync(PendingRegistration pending, CancellationToken ct)
    {
        var queue = _events.GetOrAdd(pending.Event.Id, static _ => new EventQueue());
        bool start;
        lock (queue)
        {
            queue.Waiting.Enqueue(pending);
            start = !queue.Draining;
            queue.Draining = true;
        }
        if (start)
        {
            _ = Task.Run(() => DrainAsync(pending.Event.Id, queue), CancellationToken.None);
        }
        // A caller that gives up is still written: it was accepted, only the answer is not awaited.
        return pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>How many of the event's registrations wait for a batch (tests wait on it).</summary>
    internal int Queued(int eventId)
    {
        if (!_events.TryGetValue(eventId, out var queue))
        {
            return 0;
        }
        lock (queue)
        {
            return queue.Waiting.Count;
        }
    }

    private async Task DrainAsync(int eventId, EventQueue queue)
    {
        var batch = new List<PendingRegistration>(MostPerBatch);
        while (true)
        {
            batch.Clear();
            // The turn first, then the queue: whatever arrived while the turn was busy joins this batch.
            using var turn = await gate.EnterAsync(eventId, CancellationToken.None);
            lock (queue)
            {
                while (batch.Count < MostPerBatch && queue.Waiting.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
                if (batch.Count == 0)
                {
                    queue.Draining = false;
                    return;
                }
            }
            await WriteBatchAsync(eventId, batch);
        }
    }

    private async Task WriteBatchAsync(int eventId, List<PendingRegistration> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var registrar = scope.ServiceProvider.GetRequiredService<Registrar>();
            var outcomes = await registrar.WriteBatchAsync(eventId, batch, CancellationToken.None);
            // After the commit, before the answers (as one by one): only events asking to confirm the email have any.
            registrar.ScheduleHoldReleases(outcomes);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception error)
        {
            // Nothing of the batch was committed (or a hold job could not be scheduled): each waiting caller hears it.
            LogBatchFailed(log, error, batch.Count);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(error);
            }
        }
    }

    private sealed class EventQueue
    {
        public Queue<PendingRegistration> Waiting { get; } = new();
        public bool Draining { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} registrations could not be written")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);
}
