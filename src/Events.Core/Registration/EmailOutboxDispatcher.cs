using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Events.Core.Registrations;

/// <summary>
/// Hands the outbox to the job storage: one <see cref="IRegistrationEmailJobs.SendBatchAsync"/> job per batch, the
/// batch's rows marked as handed over. The job deletes them once their emails are settled; a row still there after
/// <see cref="EmailOutboxOptions.RedispatchSeconds"/> (its job lost with a killed worker, or a stop before the mark) is
/// handed over again. The mailer's delivery keys make a second send a no-op, so nothing is lost and nothing is sent twice.
/// </summary>
public sealed partial class EmailOutboxDispatcher(
    IServiceScopeFactory scopes, EmailOutboxSignal signal, IOptions<EmailOutboxOptions> options, ILogger<EmailOutboxDispatcher> log)
    : BackgroundService
{
    private readonly SemaphoreSlim _draining = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DispatchAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped: the host counts a cancelled task as a failure unless it is stopping itself.
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Drained at start first: what a stopped process left behind goes out before anything new.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The rows stay; the next signal or sweep tries again.
                LogDrainFailed(log, error);
            }
            // Wall-clock on purpose: a test's fake clock must not stop the emails.
            if (await signal.WaitAsync(TimeSpan.FromMilliseconds(settings.SweepMilliseconds), stoppingToken) && settings.GatherMilliseconds > 0)
            {
                await Task.Delay(settings.GatherMilliseconds, stoppingToken);
            }
        }
    }

    /// <summary>Enqueues everything in the outbox now, batch by batch (also used by tests); returns the emails handed over.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        await _draining.WaitAsync(ct);
        try
        {
            var total = 0;
            int handed;
            do
            {
                handed = await DrainBatchAsync(ct);
                total += handed;
            }
            while (handed == options.Value.BatchSize);
            return total;
        }
        finally
        {
            _draining.Release();
        }
    }

    private async Task<int> DrainBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var size = options.Value.BatchSize;
        var outbox = db.Set<EmailOutboxEntry>();
        // Wall-clock, as the sweep: a test's fake clock must not hold emails back.
        var now = DateTime.UtcNow;
        DateTime? stale = now.AddSeconds(-options.Value.RedispatchSeconds);
        // PostgreSQL: rows another instance is handing over are skipped, not enqueued twice. SQLite takes no lock to read.
        await using var tx = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
        List<OutboxRow> batch;
        if (tx is null)
        {
            // Two index ranges: with one OR, SQLite walked the whole table in id order, and the rows handed over but not
            // yet settled by their jobs are thousands in a rush (3 ms a drain at 31,000, on every signal).
            batch = await outbox.AsNoTracking().Where(e => e.DispatchedAtUtc == null).OrderBy(e => e.Id).Take(size)
                .Select(AsRow).ToListAsync(ct);
            if (batch.Count < size)
            {
                batch.AddRange(await outbox.AsNoTracking().Where(e => e.DispatchedAtUtc < stale)
                    .OrderBy(e => e.DispatchedAtUtc).ThenBy(e => e.Id).Take(size - batch.Count)
                    .Select(AsRow).ToListAsync(ct));
            }
        }
        else
        {
            batch = await outbox.FromSql($"""
                SELECT * FROM "EmailOutbox" WHERE "DispatchedAtUtc" IS NULL OR "DispatchedAtUtc" < {stale}
                ORDER BY "Id" LIMIT {size} FOR UPDATE SKIP LOCKED
                """).AsNoTracking().Select(AsRow).ToListAsync(ct);
        }
        if (batch.Count == 0)
        {
            return 0;
        }
        List<RegistrationEmail> emails = [.. batch.Select(e => new RegistrationEmail(e.RegistrationId, e.Kind))];
        scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<IRegistrationEmailJobs>(j => j.SendBatchAsync(emails, CancellationToken.None));
        // By id, not by "up to the last id": a PostgreSQL row with a smaller id may commit after this read.
        var ids = batch.Select(e => e.Id).ToList();
        DateTime? dispatched = now;
        await outbox.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.DispatchedAtUtc, dispatched), ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        return batch.Count;
    }

    private static readonly System.Linq.Expressions.Expression<Func<EmailOutboxEntry, OutboxRow>> AsRow =
        e => new OutboxRow(e.Id, e.RegistrationId, e.Kind);

    private sealed record OutboxRow(long Id, int RegistrationId, EmailKind Kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The registration email outbox could not be drained; it is tried again")]
    private static partial void LogDrainFailed(ILogger logger, Exception error);
}
