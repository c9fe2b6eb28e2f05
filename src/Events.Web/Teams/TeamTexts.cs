namespace Events.Web.Teams;

/// <summary>The team's refusals; the API answers in English, the pages look the same keys up in teams.tsv.</summary>
public static class TeamTexts
{
    public const string OwnersOnly = "Only an owner of the team can change it.";
    public const string InvalidEmail = "Enter an email address, like name@example.org.";
    public const string AlreadyMember = "This person is already on the team.";
    public const string LastOwner = "A team keeps at least one owner: name another owner first.";
}
