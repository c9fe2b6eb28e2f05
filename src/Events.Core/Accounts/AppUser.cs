using Microsoft.AspNetCore.Identity;

namespace Events.Core.Accounts;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
