using System.Collections.Concurrent;

namespace Events.Core.Registrations;

/// <summary>
/// One per app (a singleton): lets this process's count-dependent decisions about one event take turns before they
/// reach the database, while registrations for other events go on in parallel. A singleton rather than a static, so
/// two apps in one test process are as separate as two servers. An event's semaphore lives as long as the app: one
/// small object per event ever registered for.
/// </summary>
public sealed class RegistrationGate
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _events = new();

    /// <summary>Waits for the event's turn; dispose the answer to give the turn back.</summary>
    public async ValueTask<Turn> EnterAsync(int eventId, CancellationToken ct)
    {
        var semaphore = _events.GetOrAdd(eventId, static _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(ct);
        return new Turn(semaphore);
    }

    public readonly struct Turn(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
