using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Registrations;

/// <summary>The HTML form and the API are two doors onto <see cref="Registrar.RegisterAsync"/>: they refuse alike.</summary>
public sealed class RegistrationDoorsTests : IDisposable
{
    private const string Page = "/events/forum-2021";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly EventsApp _app;

    public RegistrationDoorsTests() => _app = new EventsApp(clock: _clock);

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> FormFields(string email, string? website = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Ana", ["Form.Email"] = email, ["Form.Language"] = "en", ["Form.Consent"] = "true",
        };
        if (website is not null)
        {
            fields["Form.Website"] = website;
        }
        return fields;
    }

    private async Task<RegisterResult> CoreAsync(RegistrationInput input)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.EventsDbContext>();
        var ev = await db.Events.AsNoTracking().SingleAsync();
        return (await scope.ServiceProvider.GetRequiredService<Registrar>().RegisterAsync(ev, input, CancellationToken.None)).Result;
    }

    [Fact]
    public async Task Honeypot_BothDoorsAnswerAsForASuccess_AndNothingIsSaved()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();

        var api = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(website: "http://spam.example"));
        var page = await client.PostFormAsync(Page, "Register", FormFields("bot@example.org", website: "http://spam.example"));
        var core = await CoreAsync(new RegistrationInput("Bot", "bot2@example.org", "en", null, null, null, true, Website: "x"));

        Assert.Equal(HttpStatusCode.Accepted, api.StatusCode);
        Assert.Equal("Thank you. The details follow by email.", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Contains("data-registered", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RegisterResult.Ignored, core);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
        Assert.Empty(_app.EmailJobs());
    }

    [Fact]
    public async Task ClosedEvent_BothDoorsRefuse_AndNothingIsSaved()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var token = await RegistrationTestKit.PageTokenAsync(client, Page);
        // Past the start of the 2030 event: registration has closed while the form was open.
        _clock.Advance(new DateTimeOffset(2030, 10, 27, 0, 0, 0, TimeSpan.Zero) - _clock.GetUtcNow());

        var api = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form());
        var page = await client.PostAsync(Page + "?handler=Register", new FormUrlEncodedContent(new Dictionary<string, string>(FormFields("ana@example.org"))
        {
            ["__RequestVerificationToken"] = token,
        }));
        var core = await CoreAsync(new RegistrationInput("Ana", "ana2@example.org", "en", null, null, null, true));

        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("Registration is closed.", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Les inscriptions sont closes.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-registered", html, StringComparison.Ordinal);
        Assert.Equal(RegisterResult.Closed, core);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }

    [Fact]
    public async Task AfterSubmitting_TheAnswerIsAtTheTopOfTheForm_AndTakesTheFocus()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        var form = await client.GetStringAsync(Page);
        Assert.Contains("action=\"/events/forum-2021?handler=Register#registration\"", form, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button primary\" href=\"#registration\" data-register-cta>", form, StringComparison.Ordinal);
        Assert.True(form.IndexOf("data-register-cta", StringComparison.Ordinal) < form.IndexOf("id=\"registration\"", StringComparison.Ordinal));

        var bad = await (await client.PostFormAsync(Page, "Register", FormFields("not-an-email"))).Content.ReadAsStringAsync();
        var good = await (await client.PostFormAsync(Page, "Register", FormFields("ana@example.org"))).Content.ReadAsStringAsync();

        Assert.Matches("id=\"registration\">\\s*<h2 id=\"register\">[^<]*</h2>\\s*<div class=\"notice notice-error\" role=\"alert\" tabindex=\"-1\" data-registration-errors data-autofocus>", bad);
        Assert.Contains("<li>Must be a valid email address.</li>", bad, StringComparison.Ordinal);
        Assert.Matches("id=\"registration\">\\s*<h2 id=\"register\">[^<]*</h2>\\s*<p class=\"notice notice-ok\" role=\"status\" tabindex=\"-1\" data-registered data-autofocus>", good);
        Assert.Matches(@"/js/registration\.[a-z0-9]+\.js", good);
    }
}
