using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace Events.Web.Organiser.Emails;

public static class OrganiserMailbox
{
    /// <summary>The signed-in staff member's own address: previews are addressed to it and test copies go only there.</summary>
    public static async Task<MailboxAddress?> ForAsync(ClaimsPrincipal principal, UserManager<AppUser> users) =>
        await users.GetUserAsync(principal) is { Email: { Length: > 0 } email } user ? new MailboxAddress(user.DisplayName, email) : null;
}
