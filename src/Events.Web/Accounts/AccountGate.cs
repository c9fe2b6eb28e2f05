using System.Security.Claims;

namespace Events.Web.Accounts;

/// <summary>
/// What a signed-in staff member must do before their pages open: choose their own password after a one-time one,
/// then (organisers, owners, administrators, when required) pass a second factor — enrolling first if they have none.
/// </summary>
public static class AccountGate
{
    /// <summary>Identity's claim naming how the session was opened: <c>pwd</c>, or <c>mfa</c> after a second factor.</summary>
    public const string MethodClaim = "amr";
    public const string MustChangePasswordClaim = "events:must_change_password";
    public const string SignedInAtClaim = "events:signed_in_at";
    public const string ChoosePasswordPath = "/account/password/choose";
    public const string SecurityPath = "/account/security";

    public static bool NeedsSecondFactor(ClaimsPrincipal user, AccountOptions options) =>
        options.RequireTwoFactorForOrganisers
        && (user.IsInRole(Roles.Organiser) || user.IsInRole(Roles.Administrator))
        && !user.HasClaim(MethodClaim, "mfa");

    /// <summary>The page to go to first, or null when the account is ready.</summary>
    public static string? PendingStep(ClaimsPrincipal user, AccountOptions options) =>
        user.HasClaim(c => c.Type == MustChangePasswordClaim) ? ChoosePasswordPath
        : NeedsSecondFactor(user, options) ? SecurityPath
        : null;
}
