namespace Events.Core.Accounts;

public static class Roles
{
    public const string Organiser = "Organiser";
    public const string Moderator = "Moderator";

    public static readonly string[] All = [Organiser, Moderator];
}
