using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Events.Tests.Organiser.ChannelPages;

namespace Events.Tests.Organiser;

public sealed class ChannelPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Channel(string code, string label, bool floor = false, string url = "") => new()
    {
        ["Input.LanguageCode"] = code, ["Input.Label"] = label, ["Input.JoinUrl"] = url, ["Input.IsFloor"] = floor ? "true" : "false",
    };

    [Fact]
    public async Task Organiser_AddsAndRemovesChannel_WithInlineErrorForMissingLanguage()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var bad = await client.SubmitAsync("channels", "Add", new() { ["Input.LanguageCode"] = "", ["Input.Label"] = "French" });
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.LanguageCode\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var page = await client.SaveAsync("channels", "Add", Channel("fr", "Ana Panel"));
        Assert.Equal("Channel Ana Panel added.", Flash(page));
        var id = await _app.WithDbAsync(db => db.Channels.Select(s => s.Id).SingleAsync());
        Assert.Contains("data-confirm=\"Remove the channel Ana Panel? Its interpreters stay on the list, without a channel.\"", page, StringComparison.Ordinal);

        page = await client.SaveAsync("channels", "Remove", [], $"id={id}");
        Assert.Equal("Channel removed.", Flash(page));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Channels.CountAsync()));
    }

    [Fact]
    public async Task EditingAChannel_OnThePage_ShowsItsValues_AndSavesTheChange()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        await client.SaveAsync("channels", "Add", Channel("fr", "French", url: "https://stream.example.org/fr"));
        var id = await _app.WithDbAsync(db => db.Channels.Select(c => c.Id).SingleAsync());

        var form = await client.GetStringAsync($"{Base}/channels?edit={id}");
        Assert.Contains("value=\"https://stream.example.org/fr\"", form, StringComparison.Ordinal);
        Assert.Contains("handler=Update", form, StringComparison.Ordinal);

        var page = await client.SaveAsync("channels", "Update", Channel("fr-CA", "Français (Canada)", url: "https://stream.example.org/fr-ca"), $"id={id}");

        Assert.Equal("Channel Français (Canada) saved.", Flash(page));
        var saved = await _app.WithDbAsync(db => db.Channels.SingleAsync());
        Assert.Equal(("fr-CA", "Français (Canada)", "https://stream.example.org/fr-ca"), (saved.LanguageCode, saved.Label, saved.JoinUrl));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Base}/channels?edit={id + 100}")).StatusCode);
    }

    [Fact]
    public async Task Channels_KeepTheOrderEntered_OnThePage_InTheOrganiserApi_AndOnThePublicPage()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        await client.SaveAsync("channels", "Add", Channel("es", "Canal ES"));
        await client.SaveAsync("channels", "Add", Channel("en", "Floor EN", floor: true));
        var page = await client.SaveAsync("channels", "Add", Channel("fr", "Canal FR"));
        (await client.PostAsync($"/api/organiser/events/{Slug}/publish", null)).EnsureSuccessStatusCode();

        string[] entered = ["Canal ES", "Floor EN", "Canal FR"];
        Assert.Equal(entered.Select(l => "<td>" + l), InPageOrder(page, "<td>Canal FR", "<td>Floor EN", "<td>Canal ES"));
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/organiser/events/{Slug}");
        Assert.Equal(entered, api.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        var publicPage = await _app.CreateClient().GetStringAsync($"/events/{Slug}");
        Assert.Equal(["lang=\"es\">Canal ES", "lang=\"en\">Floor EN", "lang=\"fr\">Canal FR"],
            InPageOrder(publicPage, "lang=\"fr\">Canal FR", "lang=\"es\">Canal ES", "lang=\"en\">Floor EN"));
    }

    [Fact]
    public async Task AnInterpreterAddedOnTheInterpretersPage_ShowsOnTheChannelInTheirTargetLanguage_AndInTheOrganiserApi()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        // One interpreter before the channel exists, one after: both end up on it.
        await client.SaveAsync("interpreters", "Add", Interpreter("Marie Curie", "marie@example.org", "en", "fr"));
        await client.SaveAsync("channels", "Add", Channel("fr", "Français"));
        await client.SaveAsync("channels", "Add", Channel("es", "Español"));
        await client.SaveAsync("interpreters", "Add", Interpreter("Ana Ruiz", "ana@example.org", "en", "fr"));
        var (marie, french) = await _app.WithDbAsync(async db =>
            (await db.Interpreters.SingleAsync(i => i.Name == "Marie Curie"), await db.Channels.SingleAsync(c => c.LanguageCode == "fr")));

        var page = await client.GetStringAsync($"{Base}/channels");
        Assert.Contains($"<a href=\"{Base}/interpreters?edit={marie.Id}#interpreter-form\">Marie Curie</a>", page, StringComparison.Ordinal);
        Assert.Equal(french.Id, marie.ChannelId);
        var channels = (await client.GetFromJsonAsync<JsonElement>($"/api/organiser/events/{Slug}")).GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(["Ana Ruiz", "Marie Curie"], channels[0].GetProperty("interpreters").EnumerateArray().Select(n => n.GetString()));
        Assert.Empty(channels[1].GetProperty("interpreters").EnumerateArray());

        // Attendees never see who interprets.
        (await client.PostAsync($"/api/organiser/events/{Slug}/publish", null)).EnsureSuccessStatusCode();
        Assert.DoesNotContain("Marie Curie", await _app.CreateClient().GetStringAsync($"/api/events/{Slug}"), StringComparison.Ordinal);

        // A removed channel leaves its interpreters on the one list, without a channel.
        await client.SaveAsync("channels", "Remove", [], $"id={french.Id}");
        Assert.Equal([null, null], await _app.WithDbAsync(db => db.Interpreters.OrderBy(i => i.Id).Select(i => i.ChannelId).ToListAsync()));
    }

    [Theory]
    [InlineData("zz-!!", "https://stream.example.org/x", "languageCode", "Input.LanguageCode", "Doit être une étiquette de langue BCP 47, par exemple fr ou es-419.")]
    [InlineData("fr", "javascript:alert(1)", "joinUrl", "Input.JoinUrl", "Doit être une adresse http ou https.")]
    public async Task ABadChannel_IsRefusedTheSameWay_ByTheApiAndThePage(string code, string url, string field, string input, string french)
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var api = await client.PostAsJsonAsync($"/api/organiser/events/{Slug}/channels", new { languageCode = code, label = "X", joinUrl = url });
        Assert.Equal([field], await api.AssertValidationProblemAsync());
        var message = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        var page = await (await client.SubmitAsync("channels", "Add", Channel(code, "X", url: url))).Content.ReadAsStringAsync();
        var pageFr = await (await client.SubmitAsync("channels", "Add", Channel(code, "X", url: url), "culture=fr")).Content.ReadAsStringAsync();

        Assert.Matches($"data-valmsg-for=\"{input}\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}</span>", page);
        Assert.Matches($"data-valmsg-for=\"{input}\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(french)}</span>", pageFr);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Channels.CountAsync()));
    }
}
