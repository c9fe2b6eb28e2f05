using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Audit;
using Events.Core.Teams;
using Events.Tests.Forums;
using Events.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Events.Tests.Audit;

/// <summary>Who reads the log: an event's owners (its own or its forum's), administrators; nobody else.</summary>
public sealed class AuditPageTests : IAsyncLifetime
{
    private const string Page = "/organiser/events/forum-2021/audit";
    private const string Api = "/api/organiser/events/forum-2021/audit";
    private readonly EventsApp _app = new();
    private int _eventId;

    public async Task InitializeAsync()
    {
        var admin = await _app.OrganiserAsync();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event("other-event"))).EnsureSuccessStatusCode();
        _eventId = await _app.EventIdAsync();
        var other = await _app.EventIdAsync("other-event");
        var at = new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
        await _app.SeedAsync(
            Entry(AuditAction.RegistrationsExported, _eventId, at, "event:" + _eventId, "format=csv, rows=3"),
            Entry(AuditAction.RegistrationApproved, _eventId, at.AddDays(1), "registration:12", "status=Confirmed"),
            Entry(AuditAction.RegistrationCancelled, other, at, "registration:99", ""),
            new AuditEntry { AtUtc = at, Action = AuditAction.SignInFailed, Actor = "guess@example.org", Detail = "" });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static AuditEntry Entry(AuditAction action, int eventId, DateTime at, string target, string detail) =>
        new() { AtUtc = at, Action = action, Actor = "seed@example.org", ActorId = "seed", EventId = eventId, Target = target, Detail = detail };

    [Fact]
    public async Task Owner_SeesTheEventsEntriesOnly_InLocalTime_WithTranslatedActions()
    {
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await owner.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Inscriptions exportées", html, StringComparison.Ordinal);
        Assert.Contains("Inscription approuvée", html, StringComparison.Ordinal);
        Assert.Contains("registration:12", html, StringComparison.Ordinal);
        // 09:00 UTC on 10 March is 10:00 in Paris (winter time).
        Assert.Contains("2026-03-10 10:00:00", html, StringComparison.Ordinal);
        Assert.Contains("Quand (Europe/Paris)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("registration:99", html, StringComparison.Ordinal);
        Assert.DoesNotContain("guess@example.org", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TeamRole.Organiser)]
    [InlineData(TeamRole.Moderator)]
    public async Task PlainOrganiserOrModerator_IsRefused_OnThePageAndTheApi(TeamRole role)
    {
        var member = await _app.TeamMemberAsync("member@example.org", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Api)).StatusCode);
        var page = await member.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(page.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Api_FiltersByActionAndDate_AndNamesTheFieldOfABadFilter()
    {
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);

        using var approved = JsonDocument.Parse(await owner.GetStringAsync($"{Api}?action=registrationApproved"));
        using var firstDay = JsonDocument.Parse(await owner.GetStringAsync($"{Api}?from=2026-03-10&to=2026-03-10"));
        var bad = await owner.GetAsync($"{Api}?action=3&from=10/03/2026&page=0");

        var entry = Assert.Single(approved.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal(("RegistrationApproved", "seed@example.org", "registration:12", "status=Confirmed"), (entry.GetProperty("action").GetString(),
            entry.GetProperty("actor").GetString(), entry.GetProperty("target").GetString(), entry.GetProperty("detail").GetString()));
        Assert.Equal(["RegistrationsExported"], firstDay.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["action", "from", "page"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Page_FiltersByAction_AndShowsABadDateInline()
    {
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);

        var filtered = await owner.GetStringAsync($"{Page}?action=RegistrationApproved");
        var bad = WebUtility.HtmlDecode(await owner.GetStringAsync($"{Page}?from=2026-03-12&to=2026-03-10"));

        Assert.Contains("registration:12", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("format=csv", filtered, StringComparison.Ordinal);
        Assert.Contains("The end date must not be before the start date.", bad, StringComparison.Ordinal);
        Assert.Contains("data-audit-empty", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HoldFiftyEntries_NewestFirst_WithLinksKeepingTheFilter()
    {
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);
        var start = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        await _app.SeedAsync(Enumerable.Range(0, 60).Select(i => Entry(AuditAction.EmailResent, _eventId, start.AddMinutes(i), $"registration:{i}", "")).ToArray());

        using var second = JsonDocument.Parse(await owner.GetStringAsync($"{Api}?action=EmailResent&page=2"));
        var firstPage = await owner.GetStringAsync($"{Page}?action=EmailResent");

        Assert.Equal((2, 2, 60), (second.RootElement.GetProperty("page").GetInt32(), second.RootElement.GetProperty("pages").GetInt32(), second.RootElement.GetProperty("total").GetInt32()));
        var targets = second.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("target").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"registration:{i}"), targets);
        Assert.Contains("registration:59", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("registration:9<", firstPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/organiser/events/forum-2021/audit?action=EmailResent&amp;page=2\"", firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForumOwner_SeesTheAuditOfTheForumsEvents_AndTheForumsOwnLog()
    {
        await _app.ForumWithTwoEventsAsync();
        var admin = await _app.AdministratorAsync();
        var forumOwner = await _app.SignedInAsync("forum-owner@example.org", Core.Accounts.Roles.Organiser);
        (await admin.PostAsJsonAsync("/api/organiser/forums/gpc/team", new { email = "forum-owner@example.org", role = "owner" })).EnsureSuccessStatusCode();
        var inForum = await _app.EventIdAsync("panel-day-two");
        await _app.SeedAsync(Entry(AuditAction.ReportExported, inForum, DateTime.UtcNow, "event:" + inForum, "format=csv"));

        Assert.Equal(HttpStatusCode.OK, (await forumOwner.GetAsync("/api/organiser/events/panel-day-two/audit")).StatusCode);
        var forumLog = await forumOwner.GetStringAsync("/organiser/forums/gpc/audit");
        Assert.NotEqual(HttpStatusCode.OK, (await forumOwner.GetAsync(Page)).StatusCode);

        Assert.Contains("event:" + inForum, forumLog, StringComparison.Ordinal);
        Assert.Contains("team=forum:", forumLog, StringComparison.Ordinal);
        Assert.DoesNotContain("registration:12", forumLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteLog_IsForAdministrators_AndHoldsEntriesOfNoEvent()
    {
        var admin = await _app.OrganiserAsync();
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);

        var html = await admin.GetStringAsync("/admin/audit?action=SignInFailed");
        var refused = await owner.GetAsync("/admin/audit");

        Assert.Contains("guess@example.org", html, StringComparison.Ordinal);
        Assert.DoesNotContain("registration:12", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains("/account/login", (await anonymous.GetAsync("/admin/audit")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteLogApi_IsForAdministrators_FiltersByAction_AndNamesABadFilter()
    {
        var admin = await _app.OrganiserAsync();
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);

        var log = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=SignInFailed");
        var bad = await admin.GetAsync("/api/admin/audit?action=Nonsense");

        var entries = log.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["SignInFailed"], entries.Select(e => e.GetProperty("action").GetString()).Distinct());
        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "guess@example.org");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("action", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/admin/audit")).StatusCode);
    }
}
