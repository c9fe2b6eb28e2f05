using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Accounts;

/// <summary>Identity's claims, plus a mark on an account that still has to choose its own password.</summary>
public sealed class StaffClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountGate.MustChangePasswordClaim, "true"));
        }
        return identity;
    }
}
