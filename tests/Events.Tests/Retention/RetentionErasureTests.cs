using Events.Core.Jobs;
using System.Net.Http.Json;
using Events.Core.Audit;
using Events.Core.Reports;
using Events.Core.Retention;
using Events.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Retention;

/// <summary>The retention job with the clock moved past an event's period: nothing personal is left anywhere, the report is unchanged.</summary>
public sealed class RetentionErasureTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly string _mail = Path.Combine(Path.GetTempPath(), "events-tests", Guid.NewGuid().ToString("N"), "mail");
    private readonly EventsApp _app;

    public RetentionErasureTests() => _app = RetentionTestKit.App(_clock, _mail);

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(Path.GetDirectoryName(_mail)))
        {
            Directory.Delete(Path.GetDirectoryName(_mail)!, recursive: true);
        }
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private async Task<int> RunJobAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IRetentionJobs>().EraseDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Retention_AfterThePeriod_NoTextColumnHoldsARegistrantsNameOrAddress()
    {
        var seeded = await _app.SeedEndedEventAsync(Now.AddHours(-1));
        var report = $"/api/organiser/events/{seeded.Slug}/report";
        var organiser = await _app.OrganiserAsync();
        var jsonBefore = await organiser.GetStringAsync(report);
        var csvBefore = await organiser.GetStringAsync(report + ".csv");
        var figures = (await organiser.GetFromJsonAsync<EventReport>(report))!;
        Assert.Equal((2, 1, 2), (figures.Attendance.Confirmed, figures.Attendance.Attended, figures.Questions.Asked));
        // The scan sees the data while it is there, in the tables, the ledger and the drop folder.
        Assert.Superset(new SortedSet<string>(StringComparer.Ordinal)
        {
            "Registrations.Name", "Registrations.Email", "Registrations.Organisation", "Registrations.AccessibilityNeeds",
            "Registrations.DecisionMessage", "RegistrationAnswers.Value", "Bookings.Name", "Bookings.Email", "Questions.AskerName",
            "EmailDeliveries.Recipient", "EmailDeliveries.Error", "mail",
        }, await PersonalDataScan.FindAsync(_app, _mail, seeded.Secrets));

        // An hour short of the 90 days after the end, then an hour past them.
        _clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromHours(2));
        Assert.Equal(0, await RunJobAsync());
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());

        Assert.Empty(await PersonalDataScan.FindAsync(_app, _mail, seeded.Secrets));
        // The sign-in cookie ran out with the clock.
        organiser = await _app.OrganiserAsync();
        Assert.Equal(jsonBefore, await organiser.GetStringAsync(report));
        Assert.Equal(csvBefore, await organiser.GetStringAsync(report + ".csv"));
        await _app.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Id == seeded.EventId);
            Assert.Equal<DateTime?>(Now, ev.PersonalDataErasedAtUtc);
            Assert.Equal([1, 2], await db.Questions.Where(q => q.EventId == ev.Id).OrderBy(q => q.Votes).Select(q => q.Votes).ToListAsync());
            var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.EventDataErased);
            Assert.Equal(("system", null, ev.Id, $"event:{ev.Id}", "3 registrations"), (entry.Actor, entry.ActorId, entry.EventId, entry.Target, entry.Detail));
            return 0;
        });
    }

    [Fact]
    public async Task Retention_BeforeThePeriod_NothingIsErased_AndEachEventKeepsItsOwnPeriod()
    {
        var standard = await _app.SeedEndedEventAsync(Now.AddDays(-10), "standard");
        var shorter = await _app.SeedEndedEventAsync(Now.AddDays(-10), "shorter");
        await _app.WithDbAsync(db => db.Events.Where(e => e.Id == shorter.EventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.PersonalDataRetentionDays, 11)));

        Assert.Equal(0, await RunJobAsync());
        _clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(1, await RunJobAsync());

        var held = await _app.WithDbAsync(db => db.Registrations.GroupBy(r => r.EventId).ToDictionaryAsync(g => g.Key, g => g.Count()));
        Assert.Equal(new Dictionary<int, int> { [standard.EventId] = 3 }, held);
        Assert.Contains(await PersonalDataScan.FindAsync(_app, _mail, standard.Secrets), p => p == "Registrations.Name");
        Assert.DoesNotContain(await PersonalDataScan.FindAsync(_app, _mail, shorter.Secrets), p => p.StartsWith("Registrations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retention_JobIsDeclaredAsRecurring()
    {
        // The test app runs no job server, so it declares no recurring job; the worker's host does this at start.
        await new RecurringJobs(_app.Services.GetRequiredService<IRecurringJobManager>()).StartAsync(CancellationToken.None);
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RetentionJobs.RecurringId);
        Assert.Equal((typeof(IRetentionJobs), nameof(IRetentionJobs.EraseDueAsync)), (job.Job.Type, job.Job.Method.Name));
    }
}
