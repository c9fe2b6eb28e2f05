namespace Events.Core.Teams;

public enum TeamEditOutcome
{
    Saved,

    /// <summary>Only an owner of the team (or a site administrator) changes it.</summary>
    NotAllowed,
    NotFound,
    InvalidEmail,
    AlreadyMember,

    /// <summary>A team keeps at least one owner.</summary>
    LastOwner,
}

public sealed record TeamMemberView(int Id, string UserId, string Email, string DisplayName, TeamRole Role, bool HasPassword);

/// <param name="Invited">A new account was made for the member and a link to choose a password was emailed.</param>
public sealed record TeamEditResult(TeamEditOutcome Outcome, TeamMemberView? Member = null, bool Invited = false)
{
    public static readonly TeamEditResult NotAllowed = new(TeamEditOutcome.NotAllowed);
    public static readonly TeamEditResult NotFound = new(TeamEditOutcome.NotFound);
}
