using System.Text.RegularExpressions;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed partial class RegistrationFormTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FormInFrench_RegistersAndConfirmsInFrench()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = await client.GetStringAsync("/events/forum-2021");
        Assert.Contains("S&#x27;inscrire", page, StringComparison.Ordinal);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/events/forum-2021?handler=Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Form.Name"] = "Amélie",
            ["Form.Email"] = "amelie@example.org",
            ["Form.Language"] = "fr",
            ["Form.Consent"] = "true",
        }));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-registered", body, StringComparison.Ordinal);
        Assert.Contains("Merci. Les détails suivent par courriel.", System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync());
        Assert.Equal(("fr", RegistrationStatus.Confirmed), (saved.Language, saved.Status));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
