using System.Security.Claims;
using Events.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Accounts;

/// <summary>
/// Staff sign-in for both doors (the sign-in pages and <c>POST /api/account/login</c>): password, second factor,
/// the per-address throttle, the audit rows, and sign-out that ends the account's other sessions.
/// </summary>
public sealed class StaffSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle,
    SignInAudit audit, IHttpContextAccessor http, IOptions<AccountOptions> options)
{
    private string Ip => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The page's first step; when a second factor is needed Identity remembers the account in a short cookie.</summary>
    public async Task<StaffSignInResult> PasswordAsync(string email, string password)
    {
        email = email.Trim();
        if (throttle.WaitFor(Ip, email) is { } wait)
        {
            return new(SignInOutcome.MustWait, wait);
        }
        var user = await users.FindByEmailAsync(email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            return new(SignInOutcome.SecondFactorNeeded);
        }
        return result.Succeeded ? await SignedInAsync(user!, email, secondFactor: false) : await FailedAsync(user, email, AuditAction.SignInFailed, "password");
    }

    /// <summary>The page's second step: an authenticator code, or one of the recovery codes.</summary>
    public async Task<StaffSignInResult> SecondFactorAsync(string code, bool isRecoveryCode)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return new(SignInOutcome.Expired);
        }
        var email = user.Email!;
        if (throttle.WaitFor(Ip, email) is { } wait)
        {
            return new(SignInOutcome.MustWait, wait);
        }
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(CleanRecovery(code))
            : await signIn.TwoFactorAuthenticatorSignInAsync(Clean(code), isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            return await FailedAsync(user, email, AuditAction.SecondFactorFailed, isRecoveryCode ? "recovery code" : "authenticator code");
        }
        await audit.RecordAsync(isRecoveryCode ? AuditAction.RecoveryCodeUsed : AuditAction.SecondFactorPassed, user, Ip);
        return await SignedInAsync(user, email, secondFactor: true);
    }

    /// <summary>The API's single step: the password and, for an account with two factors, a code in the same request.</summary>
    public async Task<StaffSignInResult> OneStepAsync(string email, string password, string? code, string? recoveryCode)
    {
        email = email.Trim();
        if (throttle.WaitFor(Ip, email) is { } wait)
        {
            return new(SignInOutcome.MustWait, wait);
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null || !(await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false)).Succeeded)
        {
            return await FailedAsync(user, email, AuditAction.SignInFailed, "password");
        }
        var secondFactor = await users.GetTwoFactorEnabledAsync(user);
        if (secondFactor)
        {
            if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(recoveryCode))
            {
                return new(SignInOutcome.SecondFactorNeeded);
            }
            var byRecovery = string.IsNullOrWhiteSpace(code);
            var passed = byRecovery
                ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, CleanRecovery(recoveryCode!))).Succeeded
                : await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Clean(code!));
            if (!passed)
            {
                return await FailedAsync(user, email, AuditAction.SecondFactorFailed, byRecovery ? "recovery code" : "authenticator code");
            }
            await audit.RecordAsync(byRecovery ? AuditAction.RecoveryCodeUsed : AuditAction.SecondFactorPassed, user, Ip);
        }
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountGate.MethodClaim, secondFactor ? "mfa" : "pwd")]);
        return await SignedInAsync(user, email, secondFactor);
    }

    /// <summary>Signs out here and, by renewing the security stamp, on every other device within a minute.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await audit.RecordAsync(AuditAction.SignedOut, user, Ip);
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
    }

    private async Task<StaffSignInResult> SignedInAsync(AppUser user, string email, bool secondFactor)
    {
        throttle.Succeeded(Ip, email);
        await audit.RecordAsync(AuditAction.SignedIn, user, Ip);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (secondFactor)
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AccountGate.MethodClaim, "mfa"));
        }
        return new(SignInOutcome.SignedIn, NextStep: AccountGate.PendingStep(principal, options.Value),
            IsOrganiser: principal.IsInRole(Roles.Organiser) || principal.IsInRole(Roles.Administrator), IsModerator: principal.IsInRole(Roles.Moderator));
    }

    private async Task<StaffSignInResult> FailedAsync(AppUser? user, string email, AuditAction action, string what)
    {
        throttle.Failed(Ip, email);
        await audit.RecordFailureAsync(action, user, email, Ip, what);
        return new(SignInOutcome.Failed);
    }

    private static string Clean(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    // Recovery codes are stored as XXXXX-XXXXX in capitals: keep the hyphen, forgive spaces and small letters.
    private static string CleanRecovery(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
