namespace Events.Core.Accounts;

public static class Roles
{
    public const string Organiser = "Organiser";
    public const string Moderator = "Moderator";

    /// <summary>Creates forums and names their owners; the first one is made from the command line.</summary>
    public const string Administrator = "Administrator";

    public static readonly string[] All = [Organiser, Moderator, Administrator];
}
