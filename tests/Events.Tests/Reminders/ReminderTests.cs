using System.Net.Http.Json;
using Events.Core.Reminders;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Reminders;

public sealed class ReminderTests : IDisposable
{
    private static readonly DateTime Start = new(TestData.UpcomingYear, 6, 4, 16, 0, 0);
    private static readonly DateTime StartUtc = new(TestData.UpcomingYear, 6, 4, 14, 0, 0, DateTimeKind.Utc); // Paris summer time

    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public ReminderTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private static Core.Events.EventInput FutureEvent(DateTime start, int? capacity = null) =>
        TestData.Event("forum-2030", capacity) with { Start = start, End = start.AddMinutes(90) };

    private async Task<HttpClient> PublishAsync(int? capacity = null)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", FutureEvent(Start, capacity))).EnsureSuccessStatusCode();
        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return organiser;
    }

    private List<(DateTime At, int EventId, int Sequence, int Minutes)> Scheduled() =>
        _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IReminderJobs))
            .Select(j => (j.Value.EnqueueAt, (int)j.Value.Job.Args[0], (int)j.Value.Job.Args[1], (int)j.Value.Job.Args[2]))
            .OrderBy(j => j.EnqueueAt)
            .ToList();

    [Fact]
    public async Task Publishing_SchedulesBothReminders()
    {
        await PublishAsync();

        var jobs = Scheduled();
        Assert.Equal([StartUtc.AddHours(-24), StartUtc.AddHours(-1)], jobs.Select(j => j.At));
        Assert.Equal([1440, 60], jobs.Select(j => j.Minutes));
    }

    [Fact]
    public async Task MovingTheEvent_MovesItsReminders()
    {
        var organiser = await PublishAsync();
        var before = Scheduled();

        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent(Start.AddDays(2)))).EnsureSuccessStatusCode();

        var after = Scheduled();
        Assert.Equal([StartUtc.AddDays(2).AddHours(-24), StartUtc.AddDays(2).AddHours(-1)], after.Select(j => j.At));
        Assert.All(after, j => Assert.True(j.Sequence > before[0].Sequence));
    }

    [Fact]
    public async Task CancellingTheEvent_DropsItsReminders()
    {
        var organiser = await PublishAsync();
        Assert.NotEmpty(Scheduled());

        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/cancel", UriKind.Relative), null)).EnsureSuccessStatusCode();

        Assert.Empty(Scheduled());
    }

    [Fact]
    public async Task ReminderJobRunTwice_SendsOneEmailPerConfirmedRegistrant_InTheirLanguage()
    {
        await PublishAsync(capacity: 1);
        var anonymous = _app.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/events/forum-2030/registrations", RegistrationTestKit.Form(language: "fr"))).EnsureSuccessStatusCode();
        (await anonymous.PostAsJsonAsync("/api/events/forum-2030/registrations",
            RegistrationTestKit.Form(name: "Bo Waiting", email: "bo@example.org", language: "en"))).EnsureSuccessStatusCode();
        var job = Scheduled()[0];

        for (var run = 0; run < 2; run++)
        {
            using var scope = _app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IReminderJobs>().SendAsync(job.EventId, job.Sequence, job.Minutes, CancellationToken.None);
        }

        var file = Assert.Single(Directory.GetFiles(_drop, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Rappel : Protection forum", message.Subject);
        Assert.Equal("ana@example.org", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task ReminderJobForAnOldVersion_SendsNothing()
    {
        var organiser = await PublishAsync();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2030/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var job = Scheduled()[0];
        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent(Start.AddDays(2)))).EnsureSuccessStatusCode();

        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IReminderJobs>().SendAsync(job.EventId, job.Sequence, job.Minutes, CancellationToken.None);

        Assert.False(Directory.Exists(_drop) && Directory.GetFiles(_drop, "*.eml").Length > 0);
    }
}
