using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Accounts;

/// <summary>
/// The staff cookie's life: stamped with its sign-in time, refused past <see cref="AccountOptions.SessionHours"/>
/// however active (sliding renewals do not extend it), and checked against the account's security stamp every minute.
/// </summary>
internal static class StaffSessions
{
    public static Task StampSignInTime(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == AccountGate.SignedInAtClaim))
        {
            // A session re-issued for the same account (after enrolling, changing the password) keeps its first sign-in time.
            var current = context.HttpContext.User;
            var kept = current.FindFirstValue(ClaimTypes.NameIdentifier) == identity.FindFirst(ClaimTypes.NameIdentifier)?.Value
                ? current.FindFirstValue(AccountGate.SignedInAtClaim) : null;
            var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            identity.AddClaim(new Claim(AccountGate.SignedInAtClaim, kept ?? now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var hours = context.HttpContext.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.SessionHours;
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        var signedInAt = long.TryParse(context.Principal?.FindFirstValue(AccountGate.SignedInAtClaim), CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        if (signedInAt is null || now - signedInAt.Value > TimeSpan.FromHours(hours))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A principal rebuilt from the database keeps how and when the session was opened.</summary>
    public static Task KeepSessionClaims(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var type in new[] { AccountGate.MethodClaim, AccountGate.SignedInAtClaim })
            {
                if (current.FindFirst(type) is { } claim && !identity.HasClaim(c => c.Type == type))
                {
                    identity.AddClaim(new Claim(type, claim.Value));
                }
            }
        }
        return Task.CompletedTask;
    }

    public static string? PendingStep(HttpContext http) =>
        AccountGate.PendingStep(http.User, http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value);
}
