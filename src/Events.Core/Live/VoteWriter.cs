using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Events.Core.Live;

/// <summary>
/// Group commit for votes: callers queue their vote and await it; one loop writes everything pending (up to
/// <see cref="MostPerBatch"/>) in one transaction and answers each. It starts a batch as soon as one vote is waiting,
/// so a lone vote is written at once, and a storm costs one transaction per batch instead of one per vote. Votes and
/// withdrawals share the queue, so one voter's are written in the order given.
/// </summary>
public sealed partial class VoteWriter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<VoteWriter> log) : BackgroundService
{
    public const int MostPerBatch = 500;

    private readonly Channel<PendingVote> _pending = Channel.CreateUnbounded<PendingVote>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// The question's new count once written, or why not. An attendee's or guest's admission is checked in the
    /// transaction that writes the vote (see <see cref="VoterAdmission"/>); staff must have been checked by the caller.
    /// </summary>
    public Task<VoteOutcome> WriteAsync(Participant voter, int questionId, bool up, CancellationToken ct)
    {
        var vote = new PendingVote(voter, questionId, up);
        // A caller that gives up still has its vote written: it was accepted, only the answer is not awaited.
        return _pending.Writer.TryWrite(vote) ? vote.Done.Task.WaitAsync(ct)
            : Task.FromException<VoteOutcome>(new InvalidOperationException("The vote writer has stopped."));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingVote>(MostPerBatch);
        var keys = new HashSet<(int, string)>();
        PendingVote? carried = null;
        // Until the queue is closed at stop and empty: no accepted vote is left unanswered.
        while (carried is not null || await _pending.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            keys.Clear();
            if (carried is not null)
            {
                batch.Add(carried);
                keys.Add(carried.Key);
                carried = null;
            }
            while (batch.Count < MostPerBatch && _pending.Reader.TryRead(out var next))
            {
                // A voter's second word on a question waits for the next batch, so each batch decides it once, in order.
                if (!keys.Add(next.Key))
                {
                    carried = next;
                    break;
                }
                batch.Add(next);
            }
            await WriteBatchAsync(batch);
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _pending.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task WriteBatchAsync(List<PendingVote> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            var results = await VoteBatch.WriteAsync(db, batch, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception error)
        {
            // Nothing of the batch was committed: each caller hears the failure, and the loop goes on with the next.
            LogBatchFailed(log, error, batch.Count);
            foreach (var vote in batch)
            {
                vote.Done.TrySetException(error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} votes could not be written")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);
}
