namespace Events.Core.Teams;

public static class TeamsSetup
{
    /// <summary>Who may do what on which event or forum, and the team use cases; needs Identity's UserManager.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services) =>
        services.AddScoped<TeamAccess>().AddScoped<TeamEditor>().AddScoped<Accounts.AccountInvitations>();
}
