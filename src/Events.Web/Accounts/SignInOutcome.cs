namespace Events.Web.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; an authenticator code or a recovery code comes next.</summary>
    SecondFactorNeeded,
    Failed,

    /// <summary>Too many failures from this address for this account: <see cref="StaffSignInResult.Wait"/>.</summary>
    MustWait,

    /// <summary>The two-factor step has no password step behind it (expired or never done).</summary>
    Expired,
}

/// <param name="NextStep">After <see cref="SignInOutcome.SignedIn"/>: the page the account must see first, if any (<see cref="AccountGate"/>).</param>
/// <param name="IsOrganiser">An organiser or administrator account (lands on /organiser).</param>
/// <param name="IsModerator">A moderator account (lands on /moderator).</param>
public sealed record StaffSignInResult(SignInOutcome Outcome, TimeSpan? Wait = null, string? NextStep = null, bool IsOrganiser = false, bool IsModerator = false);
