using Events.Core.Audit;
using Events.Core.Jobs;
using Events.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Audit;

public sealed class AuditRetentionTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly EventsApp _app;

    public AuditRetentionTests() => _app = new EventsApp(new() { ["Retention:AuditDays"] = "30" }, _clock);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task RetentionJob_DeletesOnlyEntriesOlderThanTheAuditPeriod_ByTheAppsClock()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        await _app.SeedAsync(
            new AuditEntry { AtUtc = now.AddDays(-31), Action = AuditAction.SignedIn, Actor = "old@example.org", Detail = "" },
            new AuditEntry { AtUtc = now.AddDays(-30).AddMinutes(1), Action = AuditAction.SignedIn, Actor = "recent@example.org", Detail = "" },
            new AuditEntry { AtUtc = now.AddDays(-1), Action = AuditAction.ReportExported, Actor = "new@example.org", Detail = "" });

        int deleted;
        using (var scope = _app.Services.CreateScope())
        {
            deleted = await scope.ServiceProvider.GetRequiredService<IAuditRetentionJobs>().DeleteExpiredAsync(CancellationToken.None);
        }

        Assert.Equal(1, deleted);
        var left = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor != "system").OrderBy(a => a.AtUtc).Select(a => a.Actor).ToListAsync());
        Assert.Equal(["recent@example.org", "new@example.org"], left);
    }

    [Fact]
    public async Task RetentionJob_IsDeclaredAsADailyRecurringJob()
    {
        await new RecurringJobs(_app.Services.GetRequiredService<IRecurringJobManager>()).StartAsync(CancellationToken.None);

        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RecurringJobs.AuditRetention);
        Assert.Equal((typeof(IAuditRetentionJobs), nameof(IAuditRetentionJobs.DeleteExpiredAsync), "0 3 * * *"), (job.Job.Type, job.Job.Method.Name, job.Cron));
    }
}
