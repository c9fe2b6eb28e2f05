namespace Events.Web.Accounts;

public static class Policies
{
    public const string Organiser = "organiser";

    public const string Administrator = "administrator";

    /// <summary>Organisers and moderators; per-event assignment is checked where the event is known.</summary>
    public const string Staff = "staff";
}
