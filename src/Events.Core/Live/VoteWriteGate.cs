namespace Events.Core.Live;

/// <summary>
/// Lets one vote at a time write on SQLite, which takes one writer anyway: without it, a storm of votes finds the
/// database busy and each writer sleeps on its thread and retries, some for longer than the command timeout.
/// Queued here they wait asynchronously and go through in turn. PostgreSQL needs no gate and gets none.
/// </summary>
public sealed class VoteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _sqlite = new(1, 1);

    public async Task<T> RunAsync<T>(EventsDbContext db, Func<Task<T>> write, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return await write();
        }
        await _sqlite.WaitAsync(ct);
        try
        {
            return await write();
        }
        finally
        {
            _sqlite.Release();
        }
    }

    public void Dispose() => _sqlite.Dispose();
}
