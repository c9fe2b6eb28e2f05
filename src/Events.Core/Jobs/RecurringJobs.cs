using Events.Core.Audit;
using Events.Core.Retention;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Events.Core.Jobs;

/// <summary>Every recurring job, declared here once, by the host that runs the job server (declaring again only updates).</summary>
public sealed class RecurringJobs(IRecurringJobManager recurring) : IHostedService
{
    public const string AuditRetention = "audit-retention";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<IRetentionJobs>(RetentionJobs.RecurringId, j => j.EraseDueAsync(CancellationToken.None), Cron.Hourly());
        recurring.AddOrUpdate<IAuditRetentionJobs>(AuditRetention, j => j.DeleteExpiredAsync(CancellationToken.None), Cron.Daily(3));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
