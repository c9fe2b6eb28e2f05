using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.EventPlanning;

public sealed class EventApiTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_BuildsAndPublishesEvent_PublicEndpointReturnsAgendaInOrderWithLocalTimes()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        var speaker = await (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/speakers",
            new SpeakerInput("Ana Panel", "Director", "Org A", "Bio", null, "ana@example.org"))).Content.ReadFromJsonAsync<JsonElement>();
        var speakerId = speaker.GetProperty("id").GetInt32();

        // Added out of order: the public agenda must come back sorted by time.
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda",
            TestData.Item("Panel", 16, 10, 45, AgendaItemKind.Panel, new AgendaPersonInput(speakerId, AgendaRole.Panellist, "Tech")))).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda",
            TestData.Item("Opening", 16, 0, 10, AgendaItemKind.OpeningRemarks))).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/channels",
            new ChannelInput("en", "English", true, "https://stream.example.org/en"))).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/channels",
            new ChannelInput("fr", "Français", false, "https://stream.example.org/fr"))).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/readings",
            new ReadingInput("ILO", 2014, "Profits and Poverty", "Geneva: ILO", "https://example.org/ilo", null, null))).EnsureSuccessStatusCode();

        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/events/forum-2021")).StatusCode);
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();

        var ev = await anonymous.GetFromJsonAsync<JsonElement>("/api/events/forum-2021");
        Assert.Equal("2021-10-26T16:00:00+02:00", ev.GetProperty("start").GetString());
        Assert.Equal("2021-10-26T14:00:00Z", ev.GetProperty("startUtc").GetString());
        Assert.Equal("2021-10-26T15:30:00Z", ev.GetProperty("endUtc").GetString());
        var agenda = ev.GetProperty("agenda").EnumerateArray().ToList();
        Assert.Equal(["Opening", "Panel"], agenda.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("2021-10-26T16:10:00+02:00", agenda[1].GetProperty("start").GetString());
        Assert.Equal("2021-10-26T16:55:00+02:00", agenda[1].GetProperty("end").GetString());
        var person = agenda[1].GetProperty("people")[0];
        Assert.Equal("Ana Panel", person.GetProperty("name").GetString());
        Assert.Equal("panellist", person.GetProperty("role").GetString());
        Assert.Equal(["en", "fr"], ev.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("languageCode").GetString()));
        Assert.Equal("ILO (2014) Profits and Poverty. Geneva: ILO.", ev.GetProperty("readings")[0].GetProperty("citation").GetString());

        // Nothing private leaks: speaker email and stream links stay with the organiser.
        var body = await anonymous.GetStringAsync("/api/events/forum-2021");
        Assert.DoesNotContain("ana@example.org", body, StringComparison.Ordinal);
        Assert.DoesNotContain("stream.example.org", body, StringComparison.Ordinal);

        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/events");
        Assert.Equal("forum-2021", Assert.Single(list.EnumerateArray()).GetProperty("slug").GetString());
    }

    [Fact]
    public async Task MovingTheEvent_MovesItsAgendaAndRaisesTheSequence()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Opening", 16, 0, 10))).EnsureSuccessStatusCode();

        var moved = TestData.Event() with { Start = new DateTime(2021, 11, 2, 16, 0, 0), End = new DateTime(2021, 11, 2, 17, 30, 0) };
        var response = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021", moved);
        var ev = await response.Content.ReadFromJsonAsync<JsonElement>();

        // 2 November is after the clocks went back: Paris is UTC+1 then.
        Assert.Equal("2021-11-02T15:00:00Z", ev.GetProperty("startUtc").GetString());
        Assert.Equal("2021-11-02T16:00:00+01:00", ev.GetProperty("agenda")[0].GetProperty("start").GetString());
        Assert.Equal(1, ev.GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task Agenda_RejectsOverlapAndItemsOutsideTheEvent_AndSavesNothing()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Opening", 16, 0, 30))).EnsureSuccessStatusCode();

        var overlap = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Clash", 16, 20, 10));
        Assert.Equal(["start"], await overlap.AssertValidationProblemAsync());
        var outside = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("Late", 17, 20, 20));
        Assert.Equal(["start"], await outside.AssertValidationProblemAsync());

        Assert.Equal(1, await _app.WithDbAsync(db => db.AgendaItems.CountAsync()));
    }

    [Fact]
    public async Task Reorder_LaysItemsBackToBackInTheNewOrder()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        var a = await (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("A", 16, 0, 10))).Content.ReadFromJsonAsync<JsonElement>();
        var b = await (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda", TestData.Item("B", 16, 10, 20))).Content.ReadFromJsonAsync<JsonElement>();

        var response = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021/agenda/order",
            new { itemIds = new[] { b.GetProperty("id").GetInt32(), a.GetProperty("id").GetInt32() } });
        var items = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["B", "A"], items.EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal("2021-10-26T16:20:00+02:00", items[1].GetProperty("start").GetString());
    }

    [Fact]
    public async Task Publish_IsRefusedTwice_AndCancelledEventsStayVisibleAsCancelled()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).StatusCode);
        (await organiser.PostAsync("/api/organiser/events/forum-2021/cancel", null)).EnsureSuccessStatusCode();

        var ev = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events/forum-2021");
        Assert.Equal("cancelled", ev.GetProperty("status").GetString());
    }

    [Fact]
    public async Task DuplicateSlug_IsAConflict()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        var second = await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }
}
