namespace Events.Web.Infrastructure;

/// <summary>
/// One-off commands run through the web host's configuration: <c>create-admin EMAIL</c> (also
/// <c>create-organiser EMAIL</c>, its older name) makes a site administrator and prints a one-time password, to be
/// replaced at first sign-in (for an existing account it also switches off the second factor, to enrol again);
/// <c>migrate</c>. Everyone else joins a team by an emailed invitation and chooses their own password.
/// </summary>
public static class AdminCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await DatabaseInitializer.MigrateAsync(app.Services, new DatabaseOptions
        {
            Provider = options.Provider, ConnectionString = options.ConnectionString,
            DataDirectory = options.DataDirectory, MigrateOnStart = true,
        }, CancellationToken.None);
        using var scope = app.Services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<AccountAdmin>();
        switch (args)
        {
            case ["migrate"]:
                Console.WriteLine("Database is up to date.");
                return true;
            case ["create-admin" or "create-organiser", var email]:
                await admin.CreateOrResetAsync(email, email, Roles.Organiser);
                Console.WriteLine($"Administrator {email}, one-time password: {await admin.CreateOrResetAsync(email, email, Roles.Administrator, oneTime: true)}");
                Console.WriteLine("It must be replaced at first sign-in; then set up a second factor at /account/security.");
                return true;
            default:
                Console.Error.WriteLine("Commands: migrate | create-admin EMAIL");
                Environment.ExitCode = 2;
                return true;
        }
    }
}
