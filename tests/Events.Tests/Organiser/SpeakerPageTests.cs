using System.Net;
using System.Net.Http.Json;
using Events.Core.Speakers;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Events.Tests.Organiser.AgendaTestKit;

namespace Events.Tests.Organiser;

public sealed class SpeakerPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_AddsAndRemovesSpeaker_WithInlineErrorForMissingName()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();

        var bad = await client.PostFormAsync(Speakers + "?handler=Add", new() { ["Input.Name"] = "" }, await client.TokenAsync(Speakers));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Name\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var id = await client.AddSpeakerAsync(_app, "Ana Panel", "Org A");
        var page = await client.GetStringAsync(Speakers);
        Assert.Contains("Ana Panel", page, StringComparison.Ordinal);
        Assert.Contains("Speaker Ana Panel added.", page, StringComparison.Ordinal);

        var removed = await client.PostFormAsync($"{Speakers}?handler=Remove&id={id}", [], await client.TokenAsync(Speakers));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Speakers.CountAsync()));
    }

    [Fact]
    public async Task EditPage_SavesEveryField_AndRefusesABadEmailInThePagesLanguage()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        var id = await client.AddSpeakerAsync(_app, "Hanah Darnton");
        var url = $"{Speakers}/{id}";
        Assert.Contains("value=\"Hanah Darnton\"", await client.GetStringAsync(url), StringComparison.Ordinal);

        var bad = await client.PostFormAsync(url + "?culture=fr", new() { ["Input.Name"] = "Hannah Darnton", ["Input.Email"] = "not-an-email" }, await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Doit être une adresse électronique.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Hanah Darnton", await _app.WithDbAsync(db => db.Speakers.Select(s => s.Name).SingleAsync()));

        var saved = await client.PostFormAsync(url, new()
        {
            ["Input.Name"] = "Hannah Darnton", ["Input.Title"] = "Associate Director", ["Input.Organisation"] = "BSR",
            ["Input.Bio"] = "Leads Tech Against Trafficking.", ["Input.PhotoUrl"] = "https://example.org/hd.jpg", ["Input.Email"] = "hd@example.org",
        }, await client.TokenAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var s = await _app.WithDbAsync(db => db.Speakers.SingleAsync());
        Assert.Equal(("Hannah Darnton", "Associate Director", "BSR", "Leads Tech Against Trafficking.", "https://example.org/hd.jpg", "hd@example.org"),
            (s.Name, s.Title, s.Organisation, s.Bio, s.PhotoUrl, s.Email));
        Assert.Contains("Speaker Hannah Darnton saved.", await client.GetStringAsync(Speakers), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_AsksFirstAndSaysTheSpeakerIsOnTheAgenda_ThenTakesThemOffIt()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        var ana = await client.AddSpeakerAsync(_app, "Ana");
        await client.AddSpeakerAsync(_app, "Ben");
        (await client.AddItemAsync(ItemFields("Opening", "16:00", 10, "OpeningRemarks", (ana, "Speaker", "")))).EnsureRedirect();

        var page = await client.GetStringAsync(Speakers);
        Assert.Contains("data-confirm=\"Remove Ana? They are on 1 agenda item(s) and will be taken off them.\"", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Remove Ben? They are not on the agenda.\"", page, StringComparison.Ordinal);

        (await client.PostFormAsync($"{Speakers}?handler=Remove&id={ana}", [], await client.TokenAsync(Speakers))).EnsureRedirect();
        Assert.Contains("Speaker Ana removed, and taken off 1 agenda item(s).", await client.GetStringAsync(Speakers), StringComparison.Ordinal);
        Assert.Equal((1, 0), await _app.WithDbAsync(async db => (await db.AgendaItems.CountAsync(), await db.AgendaPeople.CountAsync())));
    }

    [Fact]
    public async Task BadPhotoUrl_IsRefusedTheSameWayByTheApiAndThePage()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();

        var api = await client.PostAsJsonAsync("/api/organiser/events/forum-2021/speakers", new SpeakerInput("Ana", null, null, null, "javascript:alert(1)", null));
        Assert.Equal(["photoUrl"], await api.AssertValidationProblemAsync());
        var page = await client.PostFormAsync(Speakers + "?handler=Add", new() { ["Input.Name"] = "Ana", ["Input.PhotoUrl"] = "javascript:alert(1)" }, await client.TokenAsync(Speakers));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Input.PhotoUrl\"", html, StringComparison.Ordinal);
        Assert.Contains("Must be an http or https URL.", html, StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Speakers.CountAsync()));
    }
}
