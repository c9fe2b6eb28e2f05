using Events.Core.Audit;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Events.Core.Accounts;

/// <summary>
/// A staff member's password: changed knowing the current one, chosen after a one-time one, or reset through an
/// emailed link (Identity's reset token: a day, once). Each renews the security stamp, which ends other sessions.
/// </summary>
public sealed class StaffPasswords(UserManager<AppUser> users, AuditTrail audit, IEmailSender sender, IOptions<SiteOptions> site)
{
    public async Task<IdentityResult> ChangeAsync(AppUser user, string current, string next)
    {
        var result = await users.ChangePasswordAsync(user, current, next);
        if (result.Succeeded)
        {
            await MarkChosenAsync(user, AuditAction.PasswordChanged, "changed");
        }
        return result;
    }

    /// <summary>Replaces the one-time password printed by <c>create-admin</c>: the session itself was opened with it.</summary>
    public async Task<IdentityResult> ChooseAsync(AppUser user, string next)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, next);
        if (result.Succeeded)
        {
            await MarkChosenAsync(user, AuditAction.PasswordChanged, "one-time password replaced");
        }
        return result;
    }

    /// <summary>Emails a reset link when the address is a staff account; says nothing either way (no account finding).</summary>
    public async Task SendResetAsync(string email, string language, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { Email: not null } user)
        {
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{site.Value.BaseUrl.TrimEnd('/')}/account/reset/{AccountLink.Encode(user.Id, token)}";
        var text = PasswordResetTexts.For(language);
        var html = $"<p>{Html(text.Body)}</p><p><a href=\"{Html(link)}\">{Html(text.Action)}</a></p><p>{Html(text.Expiry)}</p>";
        var plain = $"{text.Body}\n\n{text.Action}: {link}\n\n{text.Expiry}\n";
        await sender.SendAsync([EmailMessage.Create(new MailboxAddress(user.DisplayName, user.Email), text.Subject, html, plain)], ct);
    }

    /// <summary>The account behind a reset link, or null when it is malformed, used or expired.</summary>
    public async Task<AppUser?> FindByLinkAsync(string link)
    {
        if (AccountLink.Decode(link) is not var (userId, token) || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token) ? user : null;
    }

    /// <summary>Null when the link no longer works, else Identity's result (password rules).</summary>
    public async Task<IdentityResult?> ResetAsync(string link, string next)
    {
        if (AccountLink.Decode(link) is not var (userId, token) || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        var result = await users.ResetPasswordAsync(user, token, next);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "InvalidToken") ? null : result;
        }
        user.EmailConfirmed = true;
        await MarkChosenAsync(user, AuditAction.PasswordReset, "by emailed link");
        return result;
    }

    private async Task MarkChosenAsync(AppUser user, AuditAction action, string detail)
    {
        user.MustChangePassword = false;
        // The audit row is saved with the account (the user store saves the whole unit of work).
        var entry = audit.Add(action, target: AuditTrail.TargetOf("user", user.Id), detail: detail, actorName: user.Email);
        entry.ActorId = user.Id;
        await users.UpdateAsync(user);
    }

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
