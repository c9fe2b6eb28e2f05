using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Agenda;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Events.Tests.Organiser.AgendaTestKit;

namespace Events.Tests.Organiser;

public sealed class AgendaPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_AddsAndRemovesAgendaItem_WithInlineErrorForMissingTitle()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();

        var bad = await client.AddItemAsync(ItemFields("", "16:00", 10));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Title\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var added = await client.AddItemAsync(ItemFields("Ana Panel", "16:00", 10));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await _app.ItemIdAsync("Ana Panel");
        var page = await client.GetStringAsync(Agenda);
        Assert.Contains("Agenda item “Ana Panel” added.", page, StringComparison.Ordinal);
        Assert.Contains("16:00–16:10", page, StringComparison.Ordinal);
        // The next item is offered right after the last one.
        Assert.Contains("value=\"16:10\"", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Remove “Ana Panel” from the agenda?", page, StringComparison.Ordinal);

        var removed = await client.PostFormAsync($"{Agenda}?handler=Remove&id={id}", [], await client.TokenAsync(Agenda));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.AgendaItems.CountAsync()));
    }

    [Fact]
    public async Task PanelWithModeratorAndThreePanellists_EnteredInOneForm_ShowsEveryPersonWithTheirRole()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        var chemaly = await client.AddSpeakerAsync(_app, "William Chemaly", "UNHCR");
        var mullally = await client.AddSpeakerAsync(_app, "Siobhán Mullally");
        var darnton = await client.AddSpeakerAsync(_app, "Hannah Darnton");
        var vergara = await client.AddSpeakerAsync(_app, "Mayerlín Vergara Pérez");

        var added = await client.AddItemAsync(ItemFields("Panel", "16:10", 45, "Panel",
            (chemaly, "Moderator", ""), (mullally, "Panellist", "Guiding principles"), (darnton, "Panellist", "Tech tools"), (vergara, "Panellist", "Colombia")));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var people = await _app.WithDbAsync(db => db.AgendaPeople.OrderBy(p => p.Id).Select(p => new { p.SpeakerId, p.Role, p.Topic }).ToListAsync());
        Assert.Equal([(chemaly, AgendaRole.Moderator, ""), (mullally, AgendaRole.Panellist, "Guiding principles"), (darnton, AgendaRole.Panellist, "Tech tools"), (vergara, AgendaRole.Panellist, "Colombia")],
            people.Select(p => (p.SpeakerId, p.Role, p.Topic)));
        var list = await client.GetStringAsync(Agenda + "?culture=fr");
        Assert.Contains("<span class=\"kind\">Table ronde</span>", list, StringComparison.Ordinal);
        Assert.Contains("<span class=\"role\">Modérateur·rice</span> <strong>William Chemaly</strong>", list, StringComparison.Ordinal);
        Assert.Contains("<span class=\"role\">Panéliste</span> <strong>Mayerlín Vergara Pérez</strong><span class=\"topic\"> — Colombia</span>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_ChangesTimeAndPeople_AndOffersAnotherPersonRowWithoutScript()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        var ana = await client.AddSpeakerAsync(_app, "Ana");
        var ben = await client.AddSpeakerAsync(_app, "Ben");
        (await client.AddItemAsync(ItemFields("Opening", "16:00", 10, "OpeningRemarks", (ana, "Speaker", "")))).EnsureRedirect();
        var id = await _app.ItemIdAsync("Opening");
        var url = $"{Agenda}/{id}";

        var form = await client.GetStringAsync(url);
        Assert.Contains("value=\"16:00\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.People[3].SpeakerId\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.People[4].SpeakerId\"", form, StringComparison.Ordinal);
        var more = await client.PostFormAsync(url + "?handler=MorePeople", ItemFields("Opening", "16:00", 10), await client.TokenAsync(url));
        Assert.Contains("name=\"Input.People[4].SpeakerId\"", await more.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.AgendaPeople.CountAsync()));

        var saved = await client.PostFormAsync(url, ItemFields("Welcome", "16:05", 15, "OpeningRemarks", (ben, "Chair", ""), (ana, "Speaker", "Why we meet")),
            await client.TokenAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await _app.WithDbAsync(db => db.AgendaItems.Include(a => a.People).SingleAsync());
        Assert.Equal(("Welcome", new DateTime(2021, 10, 26, 14, 5, 0), 15), (item.Title, item.StartsAtUtc, item.DurationMinutes));
        Assert.Equal([(ana, AgendaRole.Speaker), (ben, AgendaRole.Chair)], item.People.OrderBy(p => p.Role).Select(p => (p.SpeakerId, p.Role)));
        Assert.Contains("Agenda item “Welcome” saved.", await client.GetStringAsync(Agenda), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveDownThenUp_SwapsTwoItems_AndTheirTimesFollow()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        (await client.AddItemAsync(ItemFields("Opening", "16:00", 10))).EnsureRedirect();
        (await client.AddItemAsync(ItemFields("Panel", "16:10", 45))).EnsureRedirect();
        var opening = await _app.ItemIdAsync("Opening");

        var down = await client.PostFormAsync($"{Agenda}?handler=Move&id={opening}&direction=down", [], await client.TokenAsync(Agenda));

        Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        Assert.Equal([("Panel", "16:00"), ("Opening", "16:45")], await LocalStartsAsync());
        var page = await client.GetStringAsync(Agenda);
        Assert.True(page.IndexOf("16:00–16:45", StringComparison.Ordinal) < page.IndexOf("16:45–16:55", StringComparison.Ordinal));
        Assert.Contains("“Opening” now starts at 16:45", page, StringComparison.Ordinal);

        (await client.PostFormAsync($"{Agenda}?handler=Move&id={opening}&direction=up", [], await client.TokenAsync(Agenda))).EnsureRedirect();
        Assert.Equal([("Opening", "16:00"), ("Panel", "16:10")], await LocalStartsAsync());
    }

    [Fact]
    public async Task OverlapAndUnknownSpeaker_AreRefusedTheSameWayByTheApiAndThePage()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        (await client.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Opening", 16, 0, 30))).EnsureSuccessStatusCode();

        var api = await client.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Clash", 16, 20, 10));
        Assert.Equal(["start"], await api.AssertValidationProblemAsync());
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Overlaps the agenda item \"Opening\".", problem.GetProperty("errors").GetProperty("start")[0].GetString());
        var page = await (await client.AddItemAsync(ItemFields("Clash", "16:20", 10))).Content.ReadAsStringAsync();
        Assert.Contains("Overlaps the agenda item &quot;Opening&quot;.", page, StringComparison.Ordinal);
        var french = await (await client.AddItemAsync(ItemFields("Clash", "16:20", 10), "fr")).Content.ReadAsStringAsync();
        Assert.Contains("Chevauche le point « Opening ».", french, StringComparison.Ordinal);

        var unknownApi = await client.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda",
            TestData.Item("Panel", 16, 30, 30, AgendaItemKind.Panel, new AgendaPersonInput(9999, AgendaRole.Panellist, null)));
        Assert.Equal(["people"], await unknownApi.AssertValidationProblemAsync());
        var unknownPage = await client.AddItemAsync(ItemFields("Panel", "16:30", 30, "Panel", (9999, "Panellist", "")));
        Assert.Equal(HttpStatusCode.OK, unknownPage.StatusCode);
        var html = await unknownPage.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Input.People\"", html, StringComparison.Ordinal);
        Assert.Contains("Every person must be one of the event&#x27;s speakers.", html, StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.AgendaItems.CountAsync()));
    }

    private async Task<List<(string, string)>> LocalStartsAsync()
    {
        var items = await _app.WithDbAsync(db => db.AgendaItems.OrderBy(a => a.StartsAtUtc).Select(a => new { a.Title, a.StartsAtUtc }).ToListAsync());
        // Europe/Paris is UTC+2 on 26 October 2021.
        return items.Select(i => (i.Title, i.StartsAtUtc.AddHours(2).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }
}
