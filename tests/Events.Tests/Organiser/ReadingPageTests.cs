using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Events.Tests.Organiser.ChannelPages;

namespace Events.Tests.Organiser;

public sealed class ReadingPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Reading(string title, string url = "", string authors = "Org A") =>
        new() { ["Input.Title"] = title, ["Input.Authors"] = authors, ["Input.Url"] = url, ["Input.Year"] = "2020" };

    [Fact]
    public async Task Organiser_AddsAndRemovesReading_WithInlineErrorForMissingTitle()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var bad = await client.SubmitAsync("readings", "Add", new() { ["Input.Title"] = "" });
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Title\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var page = await client.SaveAsync("readings", "Add", Reading("Ana Panel"));
        Assert.Equal("Reading added.", Flash(page));
        var id = await _app.WithDbAsync(db => db.Readings.Select(s => s.Id).SingleAsync());
        Assert.Contains("data-confirm=\"Remove Ana Panel from the reading list?\"", page, StringComparison.Ordinal);

        page = await client.SaveAsync("readings", "Remove", [], $"id={id}");
        Assert.Equal("Reading removed.", Flash(page));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Readings.CountAsync()));
    }

    [Fact]
    public async Task EditingAReading_OnThePage_ShowsItsValues_AndSavesTheChange()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        await client.SaveAsync("readings", "Add", Reading("Profits and Povrety", "https://example.org/ilo", "ILO"));
        var id = await _app.WithDbAsync(db => db.Readings.Select(r => r.Id).SingleAsync());

        var form = await client.GetStringAsync($"{Base}/readings?edit={id}");
        var page = await client.SaveAsync("readings", "Update",
            new() { ["Input.Title"] = "Profits and Poverty", ["Input.Authors"] = "ILO", ["Input.Year"] = "2014", ["Input.Publisher"] = "Geneva: ILO" }, $"id={id}");

        Assert.Contains("value=\"Profits and Povrety\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"https://example.org/ilo\"", form, StringComparison.Ordinal);
        Assert.Equal("Reading saved.", Flash(page));
        Assert.Contains("ILO (2014) Profits and Poverty. Geneva: ILO.", page, StringComparison.Ordinal);
        Assert.Null(await _app.WithDbAsync(db => db.Readings.Select(r => r.Url).SingleAsync()));
    }

    [Fact]
    public async Task MoveUpAndMoveDown_ReorderTheReadings_AndTheApiAndThePublicPageFollow()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        foreach (var title in new[] { "Reading A", "Reading B", "Reading C" })
        {
            await client.SaveAsync("readings", "Add", Reading(title));
        }
        (await client.PostAsync($"/api/organiser/events/{Slug}/publish", null)).EnsureSuccessStatusCode();
        var ids = await _app.WithDbAsync(db => db.Readings.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

        var moved = await client.SubmitAsync("readings", "Move", [], $"id={ids[2]}&by=-1");
        var page = await client.GetStringAsync($"{Base}/readings");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.EndsWith($"#reading-{ids[2]}", moved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Reading moved.", Flash(page));
        Assert.Equal(["Reading A", "Reading C", "Reading B"], InPageOrder(page, "Reading A", "Reading B", "Reading C"));
        await client.SaveAsync("readings", "Move", [], $"id={ids[0]}&by=1");

        string[] expected = ["Reading C", "Reading A", "Reading B"];
        var api = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{Slug}");
        Assert.Equal(expected, api.GetProperty("readings").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(expected, InPageOrder(await _app.CreateClient().GetStringAsync($"/events/{Slug}"), "Reading A", "Reading B", "Reading C"));
        // The first reading offers no Move up, the last no Move down: every button does something.
        var buttons = Regex.Count(await client.GetStringAsync($"{Base}/readings"), "handler=Move");
        Assert.Equal(4, buttons);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "url", "Input.Url", "Doit être une adresse http ou https.")]
    [InlineData("ftp://example.org/file.pdf", "url", "Input.Url", "Doit être une adresse http ou https.")]
    public async Task ANonHttpLink_IsRefusedTheSameWay_ByTheApiAndThePage(string url, string field, string input, string french)
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var api = await client.PostAsJsonAsync($"/api/organiser/events/{Slug}/readings", new { title = "R", url });
        Assert.Equal([field], await api.AssertValidationProblemAsync());
        var message = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        var page = await (await client.SubmitAsync("readings", "Add", Reading("R", url))).Content.ReadAsStringAsync();
        var pageFr = await (await client.SubmitAsync("readings", "Add", Reading("R", url), "culture=fr")).Content.ReadAsStringAsync();

        Assert.Matches($"data-valmsg-for=\"{input}\"[^>]*>{Regex.Escape(message)}</span>", page);
        Assert.Matches($"data-valmsg-for=\"{input}\"[^>]*>{Regex.Escape(french)}</span>", pageFr);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Readings.CountAsync()));
    }
}
