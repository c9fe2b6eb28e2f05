using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Briefing;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Briefings;

public sealed class BriefingApiTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Core.Events.EventInput FutureEvent(int dayOffset = 0) =>
        TestData.Event("forum-2030") with { Start = new DateTime(TestData.UpcomingYear, 6, 4 + dayOffset, 16, 0, 0), End = new DateTime(TestData.UpcomingYear, 6, 4 + dayOffset, 17, 30, 0) };

    private List<(DateTime At, int Sequence)> ScheduledBriefings() =>
        _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IBriefingJobs)).Select(j => (j.Value.EnqueueAt, (int)j.Value.Job.Args[1])).ToList();

    [Fact]
    public async Task Publishing_SchedulesTheBriefing48HoursBefore_AndMovingTheEventMovesIt()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", FutureEvent())).EnsureSuccessStatusCode();
        Assert.Empty(ScheduledBriefings());

        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var startUtc = new DateTime(TestData.UpcomingYear, 6, 4, 14, 0, 0, DateTimeKind.Utc);
        Assert.Equal([startUtc.AddHours(-48)], ScheduledBriefings().Select(j => j.At));

        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent(dayOffset: 3))).EnsureSuccessStatusCode();
        var moved = Assert.Single(ScheduledBriefings());
        Assert.Equal(startUtc.AddDays(3).AddHours(-48), moved.At);
        Assert.True(moved.Sequence > 0);
    }

    [Fact]
    public async Task Interpreters_AndGlossary_CrudWithFieldNamedErrors_AndSendNowEnqueues()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", FutureEvent())).EnsureSuccessStatusCode();

        var bad = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2030/interpreters",
            new { name = "Marie", email = "not-an-email", sourceLanguage = "fr", targetLanguage = "fr", channelId = 999 });
        var added = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2030/interpreters",
            new { name = "Marie", email = "Marie@Example.org", sourceLanguage = "en", targetLanguage = "fr" });
        var term = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2030/glossary", new { en = "survivor", fr = "survivant·e", es = "sobreviviente" });
        var emptyTerm = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2030/glossary", new { note = "nothing" });
        var send = await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/briefing/send-now", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["channelId", "email"],
            (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("marie@example.org", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Created, term.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyTerm.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, send.StatusCode);
        Assert.Single(_app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100),
            j => j.Value.Job.Type == typeof(IBriefingJobs) && j.Value.Job.Method.Name == nameof(IBriefingJobs.SendOnDemandAsync));
        var list = await organiser.GetFromJsonAsync<JsonElement>("/api/organiser/events/forum-2030/glossary");
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task EventBriefingLeadTime_MovesTheScheduledBriefing_AndABadValueIsNamed()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", FutureEvent())).EnsureSuccessStatusCode();
        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var bad = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030/around-the-hour", new { attendanceThresholdMinutes = -1, briefingHoursBefore = 24 });
        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030/around-the-hour", new { attendanceThresholdMinutes = 20, briefingHoursBefore = 24 })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["attendanceThresholdMinutes"], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal([new DateTime(TestData.UpcomingYear, 6, 3, 14, 0, 0, DateTimeKind.Utc)], ScheduledBriefings().Select(j => j.At));
    }
}
