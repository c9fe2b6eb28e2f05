namespace Events.Web.Accounts;

public static class Policies
{
    /// <summary>
    /// An organiser account (or administrator); on a route naming an event or forum, an organiser of that team
    /// (<see cref="Teams.TeamRequirement"/>).
    /// </summary>
    public const string Organiser = "organiser";

    public const string Administrator = "administrator";

    /// <summary>Organiser, moderator and administrator accounts; the team role for an event is checked where the event is known (<see cref="Core.Teams.TeamAccess"/>).</summary>
    public const string Staff = "staff";
}
