using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Agenda;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

/// <summary>The event form (New, Edit) and the API reach the same core use case (EventEditor).</summary>
public sealed class EventFormTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task NewForm_WithTheSlugLeftEmpty_ProposesItFromTheTitle_AndLandsOnTheDashboard()
    {
        var client = await _app.OrganiserAsync();
        var fields = OrganiserForms.EventFields(slug: "");
        fields["Form.Title"] = "Digital technology & anti-trafficking: Crisès";

        var first = await client.PostFormAsync("/organiser/events/new", fields, await client.TokenAsync("/organiser/events/new"));
        var second = await client.PostFormAsync("/organiser/events/new", new(fields), await client.TokenAsync("/organiser/events/new"));

        Assert.Equal("/organiser/events/digital-technology-anti-trafficking-crises", first.Headers.Location!.OriginalString);
        Assert.Equal("/organiser/events/digital-technology-anti-trafficking-crises-2", second.Headers.Location!.OriginalString);
        var dashboard = await client.GetStringAsync(first.Headers.Location.OriginalString);
        Assert.Contains("Draft created.", dashboard, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Draft\">Draft<", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewForm_OffersTheSlugScript_TheTimeZoneList_AndTheBrowsersZone()
    {
        var client = await _app.OrganiserAsync();
        var html = await client.GetStringAsync("/organiser/events/new");

        Assert.Contains("data-slug-target=\"propose\"", html, StringComparison.Ordinal);
        Assert.Contains("data-browser-zone=\"fill\"", html, StringComparison.Ordinal);
        Assert.Contains("list=\"time-zones\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"America/New_York\"></option>", html, StringComparison.Ordinal);
        Assert.Matches(@"/js/organiser/event-form\.[a-z0-9]+\.js", html);
        Assert.DoesNotContain("<option value=\"Romance Standard Time\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditForm_Saves_MovesTheAgenda_AndSaysSoAfterTheRedirect()
    {
        var client = await _app.OrganiserAsync();
        (await client.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Opening", 16, 0, 10, AgendaItemKind.OpeningRemarks))).EnsureSuccessStatusCode();
        var fields = OrganiserForms.EventFields(start: "2021-10-26T18:00", end: "2021-10-26T19:30");
        fields["Form.Title"] = "Protection forum, later";

        var response = await client.PostFormAsync("/organiser/events/forum-2021/edit", fields, await client.TokenAsync("/organiser/events/forum-2021/edit"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organiser/events/forum-2021", response.Headers.Location!.OriginalString);
        Assert.Contains("Event saved.", await client.GetStringAsync("/organiser/events/forum-2021"), StringComparison.Ordinal);
        var (title, itemStart) = await _app.WithDbAsync(async db =>
            (await db.Events.Select(e => e.Title).SingleAsync(), await db.AgendaItems.Select(a => a.StartsAtUtc).SingleAsync()));
        Assert.Equal("Protection forum, later", title);
        Assert.Equal(new DateTime(2021, 10, 26, 16, 0, 0), itemStart);
    }

    [Fact]
    public async Task SlugTaken_IsAnsweredByTheApiAndTheForm_FromTheSameCoreRule()
    {
        var client = await _app.OrganiserAsync();
        (await client.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();

        var api = await client.PostAsJsonAsync("/api/organiser/events", TestData.Event());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var page = await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), await client.TokenAsync("/organiser/events/new"));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Another event already uses this slug.", "slug"), (problem.GetProperty("title").GetString(), problem.GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-valmsg-for=\"Form.Slug\"", html, StringComparison.Ordinal);
        Assert.Contains("Un autre événement utilise déjà ce slug.", html, StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task ReservedSlug_IsRefusedByBothDoors_NamingTheField()
    {
        var client = await _app.OrganiserAsync();

        var api = await client.PostAsJsonAsync("/api/organiser/events", TestData.Event(slug: "new"));
        var page = await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(slug: "new"), await client.TokenAsync("/organiser/events/new"));

        Assert.Equal(["slug"], await api.AssertValidationProblemAsync());
        Assert.Contains("This word is reserved for the organiser pages", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task EditForm_WithAWordForCapacity_ShowsTheRuleInsteadOfDroppingTheLimit()
    {
        var client = await _app.OrganiserAsync();
        (await client.PostAsJsonAsync("/api/organiser/events", TestData.Event(capacity: 40))).EnsureSuccessStatusCode();
        var fields = OrganiserForms.EventFields();
        fields["Form.Capacity"] = "many";

        var response = await client.PostFormAsync("/organiser/events/forum-2021/edit", fields, await client.TokenAsync("/organiser/events/forum-2021/edit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Must be between 1 and 100000, or empty for no limit.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(40, await _app.WithDbAsync(db => db.Events.Select(e => e.Capacity).SingleAsync()));
    }
}
