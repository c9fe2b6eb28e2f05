using Events.Core.Retention;

namespace Events.Core.Audit;

/// <summary>A job contract: the daily clean-up of the audit log. Its name is a wire format.</summary>
public interface IAuditRetentionJobs
{
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken);
}

/// <summary>Deletes entries older than <see cref="RetentionOptions.AuditDays"/>: the log has its own period, whatever the events'.</summary>
public sealed class AuditRetention(EventsDbContext db, TimeProvider clock, IOptions<RetentionOptions> options) : IAuditRetentionJobs
{
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.AuditDays);
        return db.AuditEntries.Where(a => a.AtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
