using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.FollowUps;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.FollowUps;

public sealed class FollowUpApiTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private List<DateTime> ScheduledFollowUps() =>
        _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IFollowUpJobs)).Select(j => j.Value.EnqueueAt).ToList();

    private static Core.Events.EventInput FutureEvent(int dayOffset = 0) =>
        TestData.Event("forum-2030") with { Start = new DateTime(TestData.UpcomingYear, 6, 4 + dayOffset, 16, 0, 0), End = new DateTime(TestData.UpcomingYear, 6, 4 + dayOffset, 17, 30, 0) };

    [Fact]
    public async Task BadDraft_Is400_NamingEachField()
    {
        await FollowUpSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync();
        var draft = new
        {
            messages = new Dictionary<string, object?>
            {
                ["en"] = new { subject = "Thanks", message = "Hi", absentSubject = "Missed you", absentMessage = "Hi" },
                ["fr"] = new { subject = " ", message = "Bonjour", absentSubject = "Absent", absentMessage = "Bonjour" },
                ["de"] = new { subject = "Danke" },
            },
            recordingUrl = "javascript:alert(1)",
        };

        var response = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021/follow-up", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["messages.de", "messages.fr.subject", "recordingUrl"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Preview_RendersTheAskedVariantAndLanguage_AndNamesABadParameter()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync();
        await FollowUpSeed.SaveDraftAsync(organiser, ev.Slug);

        var preview = await (await organiser.PostAsync(new Uri($"/api/organiser/events/{ev.Id}/follow-up/preview?variant=absent&language=fr", UriKind.Relative), null))
            .Content.ReadFromJsonAsync<RenderedEmail>();
        var bad = await organiser.PostAsync(new Uri("/api/organiser/events/forum-2021/follow-up/preview?variant=maybe&language=fr", UriKind.Relative), null);

        Assert.Equal("Vous nous avez manqué", preview!.Subject);
        Assert.StartsWith("<!DOCTYPE html>", preview.Html, StringComparison.Ordinal);
        Assert.Contains(">Bonjour [name],</p>", preview.Html, StringComparison.Ordinal);
        Assert.Contains(">Voici ce que vous avez manqué.</p>", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Lectures", preview.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["variant"], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Schedule_DefaultsToTwoHoursAfterTheEnd_MovesWithTheEvent_AndIsDroppedOnCancel()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", FutureEvent())).EnsureSuccessStatusCode();
        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        await FollowUpSeed.SaveDraftAsync(organiser, "forum-2030");

        var scheduled = await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/follow-up/schedule", UriKind.Relative), null);
        scheduled.EnsureSuccessStatusCode();
        var endUtc = new DateTime(TestData.UpcomingYear, 6, 4, 15, 30, 0, DateTimeKind.Utc);
        Assert.Equal([endUtc.AddHours(2)], ScheduledFollowUps());
        Assert.Equal(endUtc.AddHours(2), (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scheduledForUtc").GetDateTime());

        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2030", FutureEvent(dayOffset: 2))).EnsureSuccessStatusCode();
        Assert.Equal([endUtc.AddDays(2).AddHours(2)], ScheduledFollowUps());

        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/cancel", UriKind.Relative), null)).EnsureSuccessStatusCode();
        Assert.Empty(ScheduledFollowUps());
    }

    [Fact]
    public async Task SendNow_WithoutADraft_IsConflict_AndWithOne_EnqueuesTheJob()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync();
        var monitor = _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

        var early = await organiser.PostAsync(new Uri("/api/organiser/events/forum-2021/follow-up/send-now", UriKind.Relative), null);
        await FollowUpSeed.SaveDraftAsync(organiser, ev.Slug);
        var sent = await organiser.PostAsync(new Uri("/api/organiser/events/forum-2021/follow-up/send-now", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var job = Assert.Single(monitor.EnqueuedJobs("default", 0, 100), j => j.Value.Job.Type == typeof(IFollowUpJobs));
        Assert.Equal(ev.Id, (int)job.Value.Job.Args[0]);
    }
}
