using System.Net;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Events.Tests.LivePages;

/// <summary>Who may open the live pages, and the way in for visitors without a personal link.</summary>
public sealed class LiveAccessPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private HttpClient Anonymous() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("console")]
    [InlineData("present")]
    public async Task StaffPages_SendAnonymousToSignIn_AndRefuseAttendeesAndOtherEventsModerators(string page)
    {
        var ev = await _app.LiveEventAsync();
        var url = $"/events/{ev.Slug}/{page}";

        var anonymous = await Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var attendee = Anonymous();
        var admitted = await attendee.GetAsync($"/r/{ev.AttendeeToken}/live");
        Assert.Equal((HttpStatusCode.Redirect, $"/events/{ev.Slug}/live"), (admitted.StatusCode, admitted.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.GetAsync(url)).StatusCode);

        var unassigned = await _app.ModeratorAsync("other@example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await unassigned.GetAsync(url)).StatusCode);

        await _app.EventModeratorAsync(ev.Id);
        var moderator = await _app.ModeratorAsync();
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync(url)).StatusCode);
        var organiser = await _app.OrganiserAsync();
        Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task LivePage_WithoutAdmission_ExplainsThePersonalLink_AndHasNoGuestFormUnlessOpenQuestions()
    {
        var ev = await _app.LiveEventAsync(openQuestions: false);
        var client = Anonymous();
        var html = await client.GetStringAsync($"/events/{ev.Slug}/live");
        Assert.Contains("data-not-admitted", html, StringComparison.Ordinal);
        Assert.Contains("personal link from your registration email", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Guest.Name", html, StringComparison.Ordinal);
        Assert.DoesNotContain("live-config", html, StringComparison.Ordinal);

        var token = await client.TokenAsync("/account/login");
        var refused = await client.PostFormAsync($"/events/{ev.Slug}/live?handler=Guest",
            new() { ["Guest.Name"] = "Visitor", ["Guest.Language"] = "en" }, token);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task LivePage_InFrench_ExplainsThePersonalLinkInFrench()
    {
        var ev = await _app.LiveEventAsync();
        var client = Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/events/{ev.Slug}/live"));
        Assert.Contains("ouvrez le lien personnel de votre courriel", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuestForm_WhenOpenQuestions_CarriesAntiforgery_AndAdmitsUnderADisplayName()
    {
        var ev = await _app.LiveEventAsync(openQuestions: true);
        var client = Anonymous();
        var url = $"/events/{ev.Slug}/live";
        var html = await client.GetStringAsync(url);
        Assert.Contains("name=\"Guest.Name\"", html, StringComparison.Ordinal);

        var withoutToken = await client.PostFormAsync(url + "?handler=Guest", new() { ["Guest.Name"] = "Visitor", ["Guest.Language"] = "es" }, null);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var blank = await client.PostFormAsync(url + "?handler=Guest", new() { ["Guest.Name"] = "  ", ["Guest.Language"] = "es" }, await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var blankHtml = System.Net.WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync());
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"guest-name-error\"", blankHtml, StringComparison.Ordinal);
        Assert.Contains("<span class=\"error\" id=\"guest-name-error\">Please enter a display name (up to 60 characters).</span>", blankHtml, StringComparison.Ordinal);

        var joined = await client.PostFormAsync(url + "?handler=Guest", new() { ["Guest.Name"] = "Visitor", ["Guest.Language"] = "es" }, await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(url, joined.Headers.Location!.OriginalString);
        var admitted = await client.GetStringAsync(url);
        Assert.Contains("id=\"live-config\"", admitted, StringComparison.Ordinal);
        Assert.DoesNotContain("data-not-admitted", admitted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalLink_AdmitsTheAttendee_WithTheirRegistrationChannelPreselected()
    {
        var ev = await _app.LiveEventAsync();
        var client = Anonymous();
        var personal = await client.GetStringAsync($"/r/{ev.AttendeeToken}");
        Assert.Contains($"href=\"/r/{ev.AttendeeToken}/live\"", personal, StringComparison.Ordinal);

        await client.GetAsync($"/r/{ev.AttendeeToken}/live");
        var html = await client.GetStringAsync($"/events/{ev.Slug}/live");
        Assert.Contains($"<option value=\"{ev.FrenchId}\" lang=\"fr\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains($"\"channelId\":{ev.FrenchId}", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kind\">Panel</span>", html, StringComparison.Ordinal);
    }
}
