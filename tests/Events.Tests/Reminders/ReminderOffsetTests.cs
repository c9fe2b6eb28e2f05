using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Reminders;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Reminders;

public sealed class ReminderOffsetTests : IDisposable
{
    private static readonly DateTime StartUtc = new(TestData.UpcomingYear, 6, 4, 14, 0, 0, DateTimeKind.Utc); // 16:00 in Paris summer time

    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public ReminderOffsetTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private static Core.Events.EventInput FutureEvent(List<int>? offsets) =>
        TestData.Event("forum-2030") with { Start = new DateTime(TestData.UpcomingYear, 6, 4, 16, 0, 0), End = new DateTime(TestData.UpcomingYear, 6, 4, 17, 30, 0), ReminderOffsets = offsets };

    private async Task<HttpClient> PublishAsync(List<int>? offsets)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", FutureEvent(offsets))).EnsureSuccessStatusCode();
        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return organiser;
    }

    private List<(DateTime At, int Minutes)> Scheduled() =>
        _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IReminderJobs))
            .Select(j => (j.Value.EnqueueAt, (int)j.Value.Job.Args[2]))
            .OrderBy(j => j.EnqueueAt)
            .ToList();

    [Fact]
    public async Task CustomOffsets_ScheduleOneJobEach()
    {
        await PublishAsync([30, 2880]);

        Assert.Equal([(StartUtc.AddDays(-2), 2880), (StartUtc.AddMinutes(-30), 30)], Scheduled());
    }

    [Fact]
    public async Task ChangingTheOffsets_ReplacesTheScheduledJobs()
    {
        var organiser = await PublishAsync(offsets: null);
        Assert.Equal([1440, 60], Scheduled().Select(j => j.Minutes));

        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent([120]))).EnsureSuccessStatusCode();

        Assert.Equal([(StartUtc.AddHours(-2), 120)], Scheduled());
        using var dto = System.Text.Json.JsonDocument.Parse(await organiser.GetStringAsync("/api/organiser/events/forum-2030"));
        Assert.Equal("[120]", dto.RootElement.GetProperty("reminderOffsets").GetRawText());
    }

    [Fact]
    public async Task AJobForARemovedOffset_SendsNothing_AndOneForAKeptOffsetSends()
    {
        var organiser = await PublishAsync([1440, 60]);
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2030/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent([60]))).EnsureSuccessStatusCode();
        var eventId = await _app.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());

        foreach (var minutes in new[] { 1440, 60 })
        {
            using var scope = _app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IReminderJobs>().SendAsync(eventId, 0, minutes, CancellationToken.None);
        }

        var keys = await _app.WithDbAsync(db => db.EmailDeliveries.Where(d => d.Kind == EmailKind.Reminder).Select(d => d.Key).ToListAsync());
        Assert.Equal([ReminderJobs.Key(1, 0, 60)], keys);
    }

    [Fact]
    public async Task EmptyOffsets_ScheduleNoReminders_AndAPutWithoutOffsetsKeepsThem()
    {
        var organiser = await PublishAsync([]);
        Assert.Empty(Scheduled());

        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent(offsets: null) with { Title = "Renamed" })).EnsureSuccessStatusCode();

        Assert.Empty(Scheduled());
        Assert.Equal([], await _app.WithDbAsync(db => db.Events.Select(e => e.ReminderOffsetMinutes).SingleAsync()));
    }

    public static TheoryData<List<int>> BadOffsets => new()
    {
        new List<int> { 0 },
        new List<int> { -60 },
        new List<int> { 20161 },
        new List<int> { 60, 60 },
        new List<int> { 1, 2, 3, 4, 5, 6 },
    };

    [Theory]
    [MemberData(nameof(BadOffsets))]
    public async Task BadOffsets_Get400NamingTheField_AndNothingChanges(List<int> offsets)
    {
        var organiser = await PublishAsync(offsets: null);

        var response = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent(offsets));

        Assert.Equal(["reminderOffsets"], await response.AssertValidationProblemAsync());
        Assert.Null(await _app.WithDbAsync(db => db.Events.Select(e => e.ReminderOffsetMinutes).SingleAsync()));
        Assert.Equal([1440, 60], Scheduled().Select(j => j.Minutes));
    }

    [Fact]
    public async Task EditPage_SavesOffsets_AndShowsTheRuleForAWordThatIsNoNumber()
    {
        var organiser = await PublishAsync(offsets: null);
        var fields = OrganiserForms.EventFields("forum-2030", $"{TestData.UpcomingYear}-06-04T16:00", $"{TestData.UpcomingYear}-06-04T17:30");

        fields["Form.ReminderOffsets"] = "15, 90";
        await organiser.PostFormAsync("/organiser/events/forum-2030/edit", fields, await organiser.TokenAsync("/organiser/events/forum-2030/edit"));

        Assert.Equal([90, 15], await _app.WithDbAsync(db => db.Events.Select(e => e.ReminderOffsetMinutes).SingleAsync()));
        Assert.Equal([90, 15], Scheduled().Select(j => j.Minutes));
        Assert.Contains("value=\"90, 15\"", await organiser.GetStringAsync("/organiser/events/forum-2030/edit"), StringComparison.Ordinal);

        fields["Form.ReminderOffsets"] = "an hour";
        var response = await organiser.PostFormAsync("/organiser/events/forum-2030/edit", fields, await organiser.TokenAsync("/organiser/events/forum-2030/edit"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Form.ReminderOffsets\"", html, StringComparison.Ordinal);
        Assert.Contains("from 1 to 20160", html, StringComparison.Ordinal);
        Assert.Equal([90, 15], await _app.WithDbAsync(db => db.Events.Select(e => e.ReminderOffsetMinutes).SingleAsync()));

        fields["Form.ReminderOffsets"] = "";
        await organiser.PostFormAsync("/organiser/events/forum-2030/edit", fields, await organiser.TokenAsync("/organiser/events/forum-2030/edit"));
        Assert.Null(await _app.WithDbAsync(db => db.Events.Select(e => e.ReminderOffsetMinutes).SingleAsync()));
        Assert.Equal([1440, 60], Scheduled().Select(j => j.Minutes));
    }
}
