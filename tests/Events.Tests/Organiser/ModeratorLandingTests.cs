using System.Net;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Teams;
using Events.Tests.Infrastructure;
using Events.Tests.LivePages;
using Events.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Organiser;

/// <summary>After the sign-in form, organisers land on their events and moderators on their consoles, not on a 403.</summary>
public sealed class ModeratorLandingTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private HttpClient Browser() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = "/account/login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" };
        return await client.PostFormAsync(url, fields, await client.TokenAsync(url));
    }

    private async Task<int> EventAsync(string slug)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event(slug))).EnsureSuccessStatusCode();
        return await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync());
    }

    [Fact]
    public async Task Moderator_SignsInThroughTheForm_AndLandsOnTheirOwnConsoles()
    {
        var theirs = await EventAsync("forum-2021");
        await EventAsync("other-forum");
        var password = await _app.EventModeratorAsync(theirs);
        var client = Browser();

        var signedIn = await SignInAsync(client, "moderator@example.org", password);
        var page = await client.GetAsync(signedIn.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("/moderator", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/events/forum-2021/console\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/events/forum-2021/present\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("other-forum", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events/forum-2021/console")).StatusCode);
    }

    [Fact]
    public async Task Captioner_SignsIn_AndLandsOnTheCaptionConsoleOfTheirEvent_NotOnItsModerationConsole()
    {
        var theirs = await EventAsync("forum-2021");
        var other = await EventAsync("other-forum");
        var password = await _app.EventModeratorAsync(theirs, "captioner@example.org", TeamRole.Captioner);
        var otherPassword = await _app.EventModeratorAsync(other, "other-captioner@example.org", TeamRole.Captioner);
        var client = Browser();
        var otherClient = Browser();

        var signedIn = await SignInAsync(client, "captioner@example.org", password);
        var html = await (await client.GetAsync("/moderator")).Content.ReadAsStringAsync();
        await SignInAsync(otherClient, "other-captioner@example.org", otherPassword);
        var otherHtml = await (await otherClient.GetAsync("/moderator")).Content.ReadAsStringAsync();

        Assert.Equal("/moderator", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("href=\"/events/forum-2021/live/captions\"", html, StringComparison.Ordinal);
        Assert.Contains("Type the captions of the events you caption in their caption console.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/console\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/present\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Run the questions from the console", html, StringComparison.Ordinal);
        Assert.DoesNotContain("other-forum", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events/forum-2021/live/captions")).StatusCode);
        Assert.Contains("href=\"/events/other-forum/live/captions\"", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("forum-2021", otherHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Captioner_InFrenchAndSpanish_ReadsTheLandingPageInTheirLanguage()
    {
        var password = await _app.EventModeratorAsync(await EventAsync("forum-2021"), "captioner@example.org", TeamRole.Captioner);
        var client = Browser();
        await SignInAsync(client, "captioner@example.org", password);

        var french = await (await client.GetAsync("/moderator?lang=fr")).Content.ReadAsStringAsync();
        var spanish = await (await client.GetAsync("/moderator?lang=es")).Content.ReadAsStringAsync();

        Assert.Contains("Saisissez les sous-titres des événements que vous sous-titrez dans leur console de sous-titrage.", WebUtility.HtmlDecode(french), StringComparison.Ordinal);
        Assert.Contains(">Console de sous-titrage <", WebUtility.HtmlDecode(french), StringComparison.Ordinal);
        Assert.Contains("Escriba los subtítulos de los eventos que subtitula en su consola de subtitulado.", WebUtility.HtmlDecode(spanish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderator_SentToTheOrganiserPages_LandsOnTheModeratorPageInstead()
    {
        var password = await _app.EventModeratorAsync(await EventAsync("forum-2021"));

        var signedIn = await SignInAsync(Browser(), "moderator@example.org", password, returnUrl: "/organiser");

        Assert.Equal("/moderator", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Organiser_SignsInThroughTheForm_AndLandsOnTheEvents_OrOnTheReturnUrl()
    {
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("boss@example.org", "Boss", Roles.Administrator);
        }

        var plain = await SignInAsync(Browser(), "boss@example.org", password);
        var back = await SignInAsync(Browser(), "boss@example.org", password, returnUrl: "/organiser/events/new");

        Assert.Equal("/organiser", plain.Headers.Location!.OriginalString);
        Assert.Equal("/organiser/events/new", back.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Denied_OffersTheWayBack_ForTheSignedInRole()
    {
        var moderator = await _app.ModeratorAsync();

        var denied = await moderator.GetAsync("/organiser");
        var page = await moderator.GetAsync(denied.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync();

        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("href=\"/moderator\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"returnUrl\" value=\"/account/login\"", html, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["returnUrl"] = "/account/login" };
        var signedOut = await moderator.PostFormAsync("/account/logout", fields, WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value));
        Assert.Equal("/account/login", signedOut.Headers.Location!.OriginalString);
    }
}
