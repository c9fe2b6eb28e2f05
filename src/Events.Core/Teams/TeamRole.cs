namespace Events.Core.Teams;

/// <summary>
/// A role on a forum's or an event's team; each includes the ones below it (Owner ⊇ Organiser ⊇ Moderator ⊇ Captioner):
/// a moderator may caption, a captioner only captions (AtLeast(Moderator) leaves captioners out).
/// </summary>
public enum TeamRole
{
    Captioner = 0,
    Moderator = 1,
    Organiser = 2,
    Owner = 3,
}

public static class TeamRoles
{
    public static readonly TeamRole[] All = [TeamRole.Owner, TeamRole.Organiser, TeamRole.Moderator, TeamRole.Captioner];

    /// <summary>The roles that include <paramref name="role"/>. Roles are stored by name, so SQL compares a list, not an order.</summary>
    public static TeamRole[] AtLeast(TeamRole role) => All.Where(r => r >= role).ToArray();
}
