using System.Security.Cryptography;
using Events.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Accounts;

/// <summary>Creates accounts with a generated one-time password: no password is ever written in the repository.</summary>
public sealed class AccountAdmin(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditTrail audit)
{
    /// <param name="oneTime">
    /// The password must be replaced at first sign-in, and a second factor is switched off so that someone who lost it
    /// (and has the server's console) can enrol again: <c>create-admin</c>. Demo and test accounts keep theirs.
    /// </param>
    public async Task<string> CreateOrResetAsync(string email, string displayName, string? role, bool oneTime = false)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
        var password = GeneratePassword();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            Check(await users.CreateAsync(user, password));
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, password));
            await users.SetLockoutEndDateAsync(user, null);
        }
        if (oneTime)
        {
            user.MustChangePassword = true;
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            Check(await users.ResetAuthenticatorKeyAsync(user));
        }
        if (role is not null && !await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role));
            await audit.RecordAsync(AuditAction.RoleChanged, target: AuditTrail.TargetOf("user", user.Id), detail: $"site role={role}");
        }
        return password;
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-A1a";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
