using Microsoft.AspNetCore.Identity;

namespace Events.Core.Accounts;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set with a one-time password (<c>create-admin</c>): the first sign-in leads to choosing one's own.</summary>
    public bool MustChangePassword { get; set; }
}
