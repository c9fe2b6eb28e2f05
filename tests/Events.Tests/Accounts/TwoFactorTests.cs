using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Accounts;
using Events.Core.Audit;
using Events.Tests.Organiser;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Accounts;

public sealed partial class TwoFactorTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly AccountsApp _app;

    public TwoFactorTests() => _app = new AccountsApp(clock: _clock);

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("<code class=\"key\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();

    [Fact]
    public async Task TwoFactor_Enrol_OrganiserWithoutOne_IsSentToEnrol_AndReachesOrganiserPagesOnlyAfterwards()
    {
        var user = await _app.AccountAsync("owner@example.org", Roles.Organiser);
        var client = _app.Client();
        var signIn = await AccountsApp.PasswordStepAsync(client, "owner@example.org", AccountsApp.Password);
        Assert.Equal("/account/security?returnUrl=%2Forganiser", signIn.Headers.Location?.ToString());

        var organiserPage = await client.GetAsync("/organiser");
        Assert.Equal(HttpStatusCode.Redirect, organiserPage.StatusCode);
        Assert.Equal("/account/security?returnUrl=%2Forganiser", organiserPage.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/organiser/events")).StatusCode);

        var page = await client.GetStringAsync("/account/security?returnUrl=%2Forganiser");
        Assert.Contains("Your role needs a second factor", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.OrdinalIgnoreCase);
        var key = KeyPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.Equal(key, KeyPattern().Match(await client.GetStringAsync("/account/security")).Groups[1].Value);

        var token = await client.TokenAsync("/account/security");
        var wrong = await client.PostFormAsync("/account/security?handler=Enable", new() { ["Code"] = "12345" }, token);
        Assert.Contains("This code is wrong or has expired", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enrolled = await client.PostFormAsync("/account/security?handler=Enable&returnUrl=%2Forganiser",
            new() { ["Code"] = AccountsApp.CodeFor(key) }, await client.TokenAsync("/account/security"));
        var shown = await enrolled.Content.ReadAsStringAsync();
        Assert.Equal(10, RecoveryCodePattern().Count(shown));
        Assert.Contains("href=\"/organiser\"", shown, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organiser")).StatusCode);
        // The security stamp is checked again after a minute: the session keeps its second factor.
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/organiser/events")).StatusCode);
        Assert.DoesNotContain("<li><code>", await client.GetStringAsync("/account/security"), StringComparison.Ordinal);
        Assert.Contains(AuditAction.TwoFactorChanged, await _app.AuditAsync(user.Id));
    }

    [Fact]
    public async Task TwoFactor_SignInWithACode_AfterAWrongOne()
    {
        var user = await _app.AccountAsync("owner@example.org", Roles.Organiser);
        var (key, _) = await _app.EnrolAsync("owner@example.org");
        var client = _app.Client();

        var first = await AccountsApp.PasswordStepAsync(client, "owner@example.org", AccountsApp.Password);
        Assert.Equal("/account/login/two-factor?ReturnUrl=%2Forganiser", first.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organiser")).StatusCode);

        var wrong = await AccountsApp.SecondStepAsync(client, AccountsApp.CodeFor(key, DateTime.UtcNow.AddHours(-3)));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("This code is wrong or has expired", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await AccountsApp.SecondStepAsync(client, AccountsApp.CodeFor(key));
        Assert.Equal("/organiser", right.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organiser")).StatusCode);
        Assert.Equal([AuditAction.SecondFactorFailed, AuditAction.SecondFactorPassed, AuditAction.SignedIn], await _app.AuditAsync(user.Id));
    }

    [Fact]
    public async Task TwoFactor_SignInWithARecoveryCode_WhichWorksOnce()
    {
        var user = await _app.AccountAsync("owner@example.org", Roles.Organiser);
        var (_, codes) = await _app.EnrolAsync("owner@example.org");
        var client = _app.Client();
        await AccountsApp.PasswordStepAsync(client, "owner@example.org", AccountsApp.Password);
        var used = await AccountsApp.SecondStepAsync(client, " " + codes[3].ToLowerInvariant(), "Recovery");
        Assert.Equal("/organiser", used.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organiser")).StatusCode);
        Assert.Contains("Recovery codes left: 9", await client.GetStringAsync("/account/security"), StringComparison.Ordinal);

        var other = _app.Client();
        await AccountsApp.PasswordStepAsync(other, "owner@example.org", AccountsApp.Password);
        var again = await AccountsApp.SecondStepAsync(other, codes[3], "Recovery");
        Assert.Contains("This recovery code is wrong or already used.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(AuditAction.RecoveryCodeUsed, await _app.AuditAsync(user.Id));
    }

    [Fact]
    public async Task TwoFactor_ApiSignIn_AsksForTheCode_AndTakesItInTheSameRequest()
    {
        await _app.AccountAsync("owner@example.org", Roles.Organiser);
        var (key, codes) = await _app.EnrolAsync("owner@example.org");
        var client = _app.Client();
        var withoutCode = await client.PostAsJsonAsync("/api/account/login", new { email = "owner@example.org", password = AccountsApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Contains("\"secondFactorRequired\":true", await withoutCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var withCode = await client.PostAsJsonAsync("/api/account/login", new { email = "owner@example.org", password = AccountsApp.Password, code = AccountsApp.CodeFor(key) });
        Assert.Equal(HttpStatusCode.NoContent, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/organiser/events")).StatusCode);

        var other = _app.Client();
        var withRecovery = await other.PostAsJsonAsync("/api/account/login", new { email = "owner@example.org", password = AccountsApp.Password, recoveryCode = codes[0] });
        Assert.Equal(HttpStatusCode.NoContent, withRecovery.StatusCode);
    }

    [Fact]
    public async Task TwoFactor_OneTimePassword_ForcesAChangeAtFirstSignIn_ThenEnrolment()
    {
        string oneTime;
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services))
        {
            // What create-admin does.
            oneTime = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Events.Web.Accounts.AccountAdmin>(scope.ServiceProvider)
                .CreateOrResetAsync("admin@example.org", "admin@example.org", Roles.Administrator, oneTime: true);
        }
        var client = _app.Client();
        var signIn = await AccountsApp.PasswordStepAsync(client, "admin@example.org", oneTime);
        Assert.Equal("/account/password/choose?returnUrl=%2Forganiser", signIn.Headers.Location?.ToString());
        Assert.Equal("/account/password/choose?returnUrl=%2Forganiser", (await client.GetAsync("/organiser")).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/organiser/events")).StatusCode);

        var page = "/account/password/choose?returnUrl=%2Forganiser";
        var weak = await client.PostFormAsync(page, new() { ["NewPassword"] = "alllowercaseletters", ["Confirm"] = "alllowercaseletters" }, await client.TokenAsync(page));
        Assert.Contains("Add at least one capital letter.", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var chosen = await client.PostFormAsync(page, new() { ["NewPassword"] = "My own Passphrase 2026", ["Confirm"] = "My own Passphrase 2026" }, await client.TokenAsync(page));
        Assert.Equal("/account/security?returnUrl=%2Forganiser", chosen.Headers.Location?.ToString());
        Assert.Equal("/account/security?returnUrl=%2Forganiser", (await client.GetAsync("/organiser")).Headers.Location?.ToString());

        var old = await _app.Client().PostAsJsonAsync("/api/account/login", new { email = "admin@example.org", password = oneTime });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        var own = await _app.Client().PostAsJsonAsync("/api/account/login", new { email = "admin@example.org", password = "My own Passphrase 2026" });
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.False(await _app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "admin@example.org").MustChangePassword)));
    }

    [Fact]
    public async Task TwoFactor_ResetByEmailedLink_WorksOnce_AndEndsOtherSessions()
    {
        var user = await _app.AccountAsync("mod@example.org", Roles.Moderator);
        var elsewhere = _app.Client("192.0.2.1");
        Assert.Equal(HttpStatusCode.NoContent, (await elsewhere.PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = AccountsApp.Password })).StatusCode);

        var client = _app.Client();
        var unknown = await client.PostFormAsync("/account/forgot", new() { ["Email"] = "nobody@example.org" }, await client.TokenAsync("/account/forgot"));
        var answer = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("If a staff account has this address", answer, StringComparison.Ordinal);
        Assert.Null(_app.LastMailLink());
        var asked = await client.PostFormAsync("/account/forgot", new() { ["Email"] = "mod@example.org" }, await client.TokenAsync("/account/forgot"));
        Assert.Contains("If a staff account has this address", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var link = _app.LastMailLink();
        Assert.NotNull(link);

        Assert.Contains("For the account mod@example.org.", await client.GetStringAsync(link), StringComparison.Ordinal);
        var reset = await client.PostFormAsync(link, new() { ["NewPassword"] = "A fresh Passphrase 77", ["Confirm"] = "A fresh Passphrase 77" }, await client.TokenAsync(link));
        Assert.Equal("/account/login", reset.Headers.Location?.ToString());
        Assert.Contains("This link has been used or has expired.", await client.GetStringAsync(link), StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Client().PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = AccountsApp.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _app.Client().PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = "A fresh Passphrase 77" })).StatusCode);
        Assert.Contains(AuditAction.PasswordReset, await _app.AuditAsync(user.Id));
    }

    [Fact]
    public async Task TwoFactor_StrangersFailedAttempts_DoNotLockTheOwnerOut()
    {
        var user = await _app.AccountAsync("mod@example.org", Roles.Moderator);
        var stranger = _app.Client("203.0.113.9");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await stranger.PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = "guess " + i })).StatusCode);
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Even the right password is refused from there while it waits.
        var refused = await stranger.PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = AccountsApp.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);

        var owner = _app.Client("198.51.100.7");
        var page = await AccountsApp.PasswordStepAsync(owner, "mod@example.org", AccountsApp.Password, "/moderator");
        Assert.Equal("/moderator", page.Headers.Location?.ToString());

        // The wait doubles with each failure after it.
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = "again" })).StatusCode);
        var longer = await stranger.PostAsJsonAsync("/api/account/login", new { email = "mod@example.org", password = AccountsApp.Password });
        Assert.Equal(TimeSpan.FromMinutes(2), longer.Headers.RetryAfter?.Delta);
        var strangerPage = await AccountsApp.PasswordStepAsync(stranger, "mod@example.org", AccountsApp.Password, "/moderator");
        Assert.Contains("Too many failed attempts from here for this account. Try again in 2 minutes.", await strangerPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(6, (await _app.AuditAsync(user.Id)).Count(a => a == AuditAction.SignInFailed));
    }
}
