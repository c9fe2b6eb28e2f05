using System.Net;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Audit;
using Events.Tests.Organiser;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Accounts;

public sealed class StaffSessionTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly AccountsApp _app;

    public StaffSessionTests() => _app = new AccountsApp(new() { ["Accounts:RequireTwoFactorForOrganisers"] = "false" }, _clock);

    public void Dispose() => _app.Dispose();

    private async Task<HttpClient> SignedInAsync(string email, string ip = "198.51.100.7")
    {
        var client = _app.Client(ip);
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = AccountsApp.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task Session_EndsTwelveHoursAfterSignIn_HoweverActive()
    {
        await _app.AccountAsync("mod@example.org", Roles.Moderator);
        var client = await SignedInAsync("mod@example.org");
        for (var hour = 0; hour < 11; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
        }
        _clock.Advance(TimeSpan.FromHours(1.1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheAccountsOtherSessions()
    {
        var user = await _app.AccountAsync("mod@example.org", Roles.Moderator);
        var laptop = await SignedInAsync("mod@example.org");
        var phone = await SignedInAsync("mod@example.org", "192.0.2.44");
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/account/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.PostAsync("/api/account/logout", null)).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal([AuditAction.SignedIn, AuditAction.SignedIn, AuditAction.SignedOut], await _app.AuditAsync(user.Id));
    }

    [Fact]
    public async Task PasswordChange_KeepsThisSession_AndEndsTheOthers()
    {
        var user = await _app.AccountAsync("mod@example.org", Roles.Moderator);
        var here = await SignedInAsync("mod@example.org");
        var there = await SignedInAsync("mod@example.org", "192.0.2.44");

        var wrong = await here.PostFormAsync("/account/password", new() { ["CurrentPassword"] = "not it at all", ["NewPassword"] = "Another Passphrase 55", ["Confirm"] = "Another Passphrase 55" },
            await here.TokenAsync("/account/password"));
        Assert.Contains("Your current password is wrong.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await here.PostFormAsync("/account/password", new() { ["CurrentPassword"] = AccountsApp.Password, ["NewPassword"] = "Another Passphrase 55", ["Confirm"] = "Another Passphrase 55" },
            await here.TokenAsync("/account/password"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await there.GetAsync("/api/account/me")).StatusCode);
        Assert.Contains(AuditAction.PasswordChanged, await _app.AuditAsync(user.Id));
    }

    [Fact]
    public async Task DisablingTheSecondFactor_IsAudited_AndSignInAsksForThePasswordOnly()
    {
        var user = await _app.AccountAsync("mod@example.org", Roles.Moderator);
        var (key, codes) = await _app.EnrolAsync("mod@example.org");
        var client = _app.Client();
        var signIn = await client.PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = AccountsApp.Password, code = AccountsApp.CodeFor(key) });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);

        var off = await client.PostFormAsync("/account/security?handler=Disable", [], await client.TokenAsync("/account/security"));
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Set up an authenticator app", await client.GetStringAsync("/account/security"), StringComparison.Ordinal);
        var passwordOnly = await _app.Client().PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = AccountsApp.Password, recoveryCode = codes[0] });
        Assert.Equal(HttpStatusCode.NoContent, passwordOnly.StatusCode);
        Assert.False(await _app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == user.Id).TwoFactorEnabled)));
        var detail = await _app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Where(a => a.Action == AuditAction.TwoFactorChanged).Select(a => a.Detail).ToList()));
        Assert.Equal(["disabled"], detail);
    }

    [Fact]
    public async Task TeamRoleChange_EndsTheMembersSessions()
    {
        var admin = await _app.OrganiserAsync();
        (await admin.PostAsJsonAsync("/api/organiser/events", Events.Tests.Infrastructure.TestData.Event("forum-2021"))).EnsureSuccessStatusCode();
        var added = await admin.PostAsJsonAsync("/api/organiser/events/forum-2021/team", new { email = "helper@example.org", role = "organiser" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        await _app.AccountAsync("helper@example.org", Roles.Organiser);
        var helper = await SignedInAsync("helper@example.org");
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await helper.GetAsync("/api/account/me")).StatusCode);

        var members = await admin.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/organiser/events/forum-2021/team");
        var id = Assert.Single(members!)["id"].ToString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/organiser/events/forum-2021/team/{id}", new { role = "moderator" })).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await helper.GetAsync("/api/account/me")).StatusCode);
    }
}
