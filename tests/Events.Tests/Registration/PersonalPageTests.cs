using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Events.Tests.Tokens;

namespace Events.Tests.Registrations;

public sealed partial class PersonalPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PersonalPage_ShowsStatus_CancelPromotesTheFirstWaiting()
    {
        await _app.PublishedEventAsync(capacity: 1);
        var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("First", "first@example.org"));
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Second", "second@example.org"));
        var rows = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).ToListAsync());

        var waitingPage = await client.GetStringAsync($"/r/{_app.TokenOf(rows[1])}");
        Assert.Contains("data-status=\"WaitingList\"", waitingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("first@example.org", waitingPage, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/r/{_app.TokenOf(rows[0])}");
        Assert.Contains("data-status=\"Confirmed\"", page, StringComparison.Ordinal);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        var cancel = await client.PostAsync($"/r/{_app.TokenOf(rows[0])}?handler=Cancel",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        Assert.True(cancel.IsSuccessStatusCode, $"{(int)cancel.StatusCode}");

        var after = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed], after);
        Assert.Contains((rows[1].Id, EmailKind.Promoted), _app.EmailJobs());
        Assert.Contains((rows[0].Id, EmailKind.Cancelled), _app.EmailJobs());
    }

    [Fact]
    public async Task Export_ReturnsOwnData_Erase_LeavesNoPersonalData()
    {
        await _app.PublishedEventAsync(capacity: 1);
        var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("First", "first@example.org"));
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Second", "second@example.org"));
        var first = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).FirstAsync());

        var export = await client.GetStringAsync($"/r/{_app.TokenOf(first)}?handler=Export");
        Assert.Contains("first@example.org", export, StringComparison.Ordinal);
        Assert.DoesNotContain("second@example.org", export, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/r/{_app.TokenOf(first)}");
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        await client.PostAsync($"/r/{_app.TokenOf(first)}?handler=Erase",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));

        var left = await _app.WithDbAsync(db => db.Registrations.ToListAsync());
        var second = Assert.Single(left);
        Assert.Equal(("second@example.org", RegistrationStatus.Confirmed), (second.Email, second.Status));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{_app.TokenOf(first)}")).StatusCode);
    }

    [Fact]
    public async Task PersonalPage_ShowsTheEventsDateInItsZoneAndUtc_AndAsksBeforeCancellingOrErasing()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("First", "first@example.org"));
        var token = _app.TokenOf(await _app.WithDbAsync(db => db.Registrations.SingleAsync()));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/r/{token}"));

        Assert.Contains("<time datetime=\"2030-10-26T16:00:00.0000000+02:00\">samedi 26 octobre 2030, 16:00–17:30</time>", page, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris (UTC+02:00)", page, StringComparison.Ordinal);
        Assert.Contains("data-event-time-utc>26/10/2030 14:00–15:30 UTC<", page, StringComparison.Ordinal);
        var cancel = Regex.Match(page, "<form[^>]*handler=Cancel[^>]*>").Value;
        Assert.Contains("data-confirm=\"Annuler votre inscription à Protection forum ?", cancel, StringComparison.Ordinal);
        Assert.Contains("data-confirm-no=\"Conserver\"", cancel, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Effacer votre inscription", Regex.Match(page, "<form[^>]*handler=Erase[^>]*>").Value, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"button danger\">Annuler mon inscription</button>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<li></li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownToken_Is404()
    {
        await _app.PublishedEventAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/r/not-a-token")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
