using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Interpretation;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Events.Tests.Tokens;

namespace Events.Tests.Registrations;

public sealed partial class PreferencesTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpClient Client, string Token, int ChannelId)> RegisteredAsync()
    {
        var organiser = await _app.PublishedEventAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/channels",
            new ChannelInput("es", "Español", false, "https://stream.example.org/es"))).EnsureSuccessStatusCode();
        var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(language: "fr"))).EnsureSuccessStatusCode();
        var token = _app.TokenOf(await _app.WithDbAsync(db => db.Registrations.SingleAsync()));
        var channelId = await _app.WithDbAsync(db => db.Channels.Select(c => c.Id).SingleAsync());
        return (client, token, channelId);
    }

    [Fact]
    public async Task Api_ChangesLanguageAndChannel()
    {
        var (client, token, channelId) = await RegisteredAsync();

        var response = await client.PutAsJsonAsync($"/api/registrations/{token}", new { language = "es", channelId });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var saved = await _app.WithDbAsync(db => db.Registrations.Select(r => new { r.Language, r.ChannelId }).SingleAsync());
        Assert.Equal(("es", (int?)channelId), (saved.Language, saved.ChannelId));
    }

    [Fact]
    public async Task Api_BadChannelOrLanguage_Is400NamingTheField_NothingSaved()
    {
        var (client, token, channelId) = await RegisteredAsync();

        var badChannel = await client.PutAsJsonAsync($"/api/registrations/{token}", new { language = "es", channelId = channelId + 100 });
        Assert.Equal(["channelId"], await badChannel.AssertValidationProblemAsync());
        var badLanguage = await client.PutAsJsonAsync($"/api/registrations/{token}", new { language = "de", channelId });
        Assert.Equal(["language"], await badLanguage.AssertValidationProblemAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/registrations/nope", new { language = "es" })).StatusCode);

        var saved = await _app.WithDbAsync(db => db.Registrations.Select(r => new { r.Language, r.ChannelId }).SingleAsync());
        Assert.Equal(("fr", (int?)null), (saved.Language, saved.ChannelId));
    }

    [Fact]
    public async Task PersonalPage_FormChangesLanguage_RejectsUnknownChannel()
    {
        var (client, token, channelId) = await RegisteredAsync();
        var page = await client.GetStringAsync($"/r/{token}");
        Assert.Contains("Español", page, StringComparison.Ordinal);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;

        var bad = await client.PostAsync($"/r/{token}?handler=Preferences", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["language"] = "en", ["channelId"] = $"{channelId + 100}",
        }));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal("fr", await _app.WithDbAsync(db => db.Registrations.Select(r => r.Language).SingleAsync()));

        var good = await client.PostAsync($"/r/{token}?handler=Preferences", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["language"] = "en", ["channelId"] = $"{channelId}",
        }));
        Assert.True(good.IsSuccessStatusCode, $"{(int)good.StatusCode}");
        var saved = await _app.WithDbAsync(db => db.Registrations.Select(r => new { r.Language, r.ChannelId }).SingleAsync());
        Assert.Equal(("en", (int?)channelId), (saved.Language, saved.ChannelId));
    }

    [Fact]
    public async Task PersonalPage_PostWithoutAntiforgery_IsRefused()
    {
        var (client, token, _) = await RegisteredAsync();
        var response = await client.PostAsync($"/r/{token}?handler=Preferences",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("fr", await _app.WithDbAsync(db => db.Registrations.Select(r => r.Language).SingleAsync()));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
