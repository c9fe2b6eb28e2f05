using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Demo;
using Events.Core.Events;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

public sealed partial class EventDashboardTests : IDisposable
{
    private EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("data-missing=\"(\\w+)\"")]
    private static partial Regex MissingItem();

    [Fact]
    public async Task Checklist_ForAnEmptyEvent_ListsExactlyWhatIsMissing_WithALinkToFixEach()
    {
        var client = await _app.OrganiserAsync();
        (await client.PostAsJsonAsync("/api/organiser/events", TestData.Event() with { Summary = "" })).EnsureSuccessStatusCode();

        var html = await client.GetStringAsync("/organiser/events/forum-2021");

        Assert.Equal(["Summary", "Speakers", "Agenda", "Channels", "Readings", "Interpreters"],
            MissingItem().Matches(html).Select(m => m.Groups[1].Value));
        foreach (var part in new[] { "edit", "speakers", "agenda", "channels", "readings", "interpreters" })
        {
            Assert.Contains($"href=\"/organiser/events/forum-2021/{part}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("action=\"/organiser/events/forum-2021?handler=Publish\"", html, StringComparison.Ordinal);
        Assert.Contains("although 6 item(s) of the checklist are missing", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_ForTheDemo_ListsNothing_AndTheDashboardLinksEveryPart()
    {
        _app.Dispose();
        _app = new EventsApp(new() { ["Demo:Enabled"] = "true" });
        var client = await _app.OrganiserAsync();

        var html = await client.GetStringAsync($"/organiser/events/{ModelEvent.Slug}");

        Assert.Empty(MissingItem().Matches(html));
        Assert.Contains("Everything on the checklist is in place.", html, StringComparison.Ordinal);
        foreach (var part in new[] { "edit", "speakers", "agenda", "channels", "readings", "questions", "registrants", "emails",
            "interpreters", "glossary", "follow-up", "report", "settings" })
        {
            Assert.Contains($"href=\"/organiser/events/{ModelEvent.Slug}/{part}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains($"href=\"/events/{ModelEvent.Slug}/console\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{ModelEvent.Slug}/present\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{ModelEvent.Slug}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/organiser/events/{ModelEvent.Slug}\">", await client.GetStringAsync("/organiser"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsCountsAndTheEventsLocalTime_AndCancelSaysHowManyAreTold()
    {
        var organiser = await _app.PublishedEventAsync();
        var anonymous = _app.CreateClient();
        foreach (var name in new[] { "ana", "bea" })
        {
            (await anonymous.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(name, $"{name}@example.org"))).EnsureSuccessStatusCode();
        }

        var html = WebUtility.HtmlDecode(await organiser.GetStringAsync("/organiser/events/forum-2021"));

        Assert.Matches("data-count-status=\"Confirmed\"><dt>Confirmed</dt><dd>2</dd>", html);
        Assert.Matches("data-count=\"questions\"><dt>Questions asked</dt><dd>0</dd>", html);
        // ICU puts a narrow no-break space before PM.
        Assert.Matches(">Saturday, October 26, 2030, 4:00\\WPM</time>–<time datetime=\"2030-10-26T17:30:00.0000000\\+02:00\">5:30\\WPM</time>", html);
        Assert.Contains("data-confirm=\"Cancel this event? 2 registrant(s) will be told by email.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Publish", html, StringComparison.Ordinal);

        // A cancelled event's dashboard has no status forms left, so the second try reuses this token.
        var token = await organiser.TokenAsync("/organiser/events/forum-2021");
        var cancelled = await organiser.PostFormAsync("/organiser/events/forum-2021?handler=Cancel", [], token);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(EventStatus.Cancelled, await _app.WithDbAsync(db => db.Events.Select(e => e.Status).SingleAsync()));
        Assert.DoesNotContain("handler=Cancel", await organiser.GetStringAsync("/organiser/events/forum-2021"), StringComparison.Ordinal);
        var again = await organiser.PostFormAsync("/organiser/events/forum-2021?handler=Cancel", [], token);
        Assert.Contains("The event’s status is “Cancelled”: it cannot be cancelled.",
            WebUtility.HtmlDecode(await organiser.GetStringAsync(again.Headers.Location!.OriginalString)), StringComparison.Ordinal);
    }
}
