using Events.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Events.Core.Accounts;

/// <summary>
/// An authenticator app as second factor (Identity's TOTP support): a shared key shown as an <c>otpauth://</c> link,
/// switched on by a first correct code, with ten single-use recovery codes shown once.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<AppUser> users, AuditTrail audit)
{
    public const int RecoveryCodeCount = 10;

    /// <param name="KeyCreated">A new key renewed the security stamp: the caller signs the current session in again.</param>
    public sealed record Setup(string Key, string Uri, bool KeyCreated);

    /// <summary>The key to enter in the app; made on first use and kept until enrolment ends, so a reload shows the same.</summary>
    public async Task<Setup> SetupAsync(AppUser user, string issuer)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        var created = string.IsNullOrEmpty(key);
        if (created)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(user.Email!);
        return new Setup(key!, $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6", created);
    }

    /// <summary>Switches the second factor on when <paramref name="code"/> is right; the recovery codes, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        var clean = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        if (clean.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
        {
            return null;
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(AuditAction.TwoFactorChanged, target: Target(user), detail: "enabled");
        return [.. codes ?? []];
    }

    /// <summary>Switches it off and forgets the key, so enrolling again means a new key.</summary>
    public async Task DisableAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await audit.RecordAsync(AuditAction.TwoFactorChanged, target: Target(user), detail: "disabled");
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> RegenerateCodesAsync(AppUser user)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(AuditAction.TwoFactorChanged, target: Target(user), detail: "recovery codes renewed");
        return [.. codes ?? []];
    }

    public Task<int> CodesLeftAsync(AppUser user) => users.CountRecoveryCodesAsync(user);

    private static string Target(AppUser user) => AuditTrail.TargetOf("user", user.Id);
}
