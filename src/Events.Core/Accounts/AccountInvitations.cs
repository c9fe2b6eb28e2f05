using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Events.Core.Email.Templates;
using Events.Core.FollowUps;
using MimeKit;

namespace Events.Core.Accounts;

/// <summary>
/// A one-time link that lets a new team member choose their own password. The link carries Identity's password-reset
/// token: it expires (a day, the token provider's lifespan) and works once (setting the password renews the security stamp).
/// </summary>
public sealed class AccountInvitations(UserManager<AppUser> users, IEmailSender sender, IOptions<SiteOptions> site)
{
    public async Task<bool> SendAsync(AppUser user, string teamName, string language, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{site.Value.BaseUrl.TrimEnd('/')}/account/invite/{Encode(user.Id, token)}";
        var sent = await sender.SendAsync([Build(user.DisplayName, user.Email!, teamName, language, link)], ct);
        return sent[0].IsSent;
    }

    /// <summary>The invitation itself; the organisers' email preview shows it with a sample link.</summary>
    internal static MimeMessage Build(string name, string email, string teamName, string language, string link)
    {
        var rendered = Render(teamName, language, link);
        return EmailMessage.Create(new MailboxAddress(name, email), rendered.Subject, rendered.Html, rendered.Text);
    }

    /// <summary>The invitation's words: the button sets the password, the warning says the link works once.</summary>
    public static RenderedEmail Render(string teamName, string language, string link)
    {
        var text = InvitationTexts.For(language);
        var words = TemplateTexts.For(language);
        return EmailRenderer.Render(new EmailView
        {
            Language = TemplateTexts.LanguageOf(language),
            Subject = string.Format(CultureInfo.InvariantCulture, text.Subject, teamName),
            Title = new Phrase(teamName),
            Message = [new(string.Format(CultureInfo.InvariantCulture, text.Body, teamName))],
            Button = new EmailLink(text.Action, link),
            Warning = text.Expiry,
            Footer = words.Format(words.TeamFooter, teamName),
        });
    }

    /// <summary>The invited account, or null when the link is malformed, used or expired.</summary>
    public async Task<AppUser?> FindAsync(string link)
    {
        if (Decode(link) is not var (userId, token) || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token);
        return valid ? user : null;
    }

    /// <summary>Sets the password; null when the link no longer works, else Identity's result (password rules).</summary>
    public async Task<IdentityResult?> AcceptAsync(string link, string password)
    {
        if (Decode(link) is not var (userId, token) || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded && result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            return null;
        }
        if (result.Succeeded && !user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        return result;
    }

    private static string Encode(string userId, string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{userId}\n{token}"));

    private static (string UserId, string Token)? Decode(string link)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(link)).Split('\n', 2);
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
