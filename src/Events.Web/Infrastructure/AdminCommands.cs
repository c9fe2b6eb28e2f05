namespace Events.Web.Infrastructure;

/// <summary>
/// One-off commands run through the web host's configuration:
/// <c>create-organiser EMAIL</c>, <c>create-moderator EMAIL [EVENT-SLUG]</c>, <c>migrate</c>.
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
            case ["create-organiser", var email]:
                Console.WriteLine($"Organiser {email}, one-time password: {await admin.CreateOrResetAsync(email, email, Roles.Organiser)}");
                return true;
            case ["create-moderator", var email, ..]:
                var password = await admin.CreateOrResetAsync(email, email, Roles.Moderator);
                if (args.Length > 2)
                {
                    await AssignAsync(scope.ServiceProvider, email, args[2]);
                }
                Console.WriteLine($"Moderator {email}, one-time password: {password}");
                return true;
            default:
                Console.Error.WriteLine("Commands: migrate | create-organiser EMAIL | create-moderator EMAIL [EVENT-SLUG]");
                Environment.ExitCode = 2;
                return true;
        }
    }

    private static async Task AssignAsync(IServiceProvider services, string email, string slug)
    {
        var db = services.GetRequiredService<EventsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var ev = await db.Events.SingleAsync(e => e.Slug == slug);
        if (!await db.EventModerators.AnyAsync(m => m.EventId == ev.Id && m.UserId == user.Id))
        {
            db.EventModerators.Add(new EventModerator { EventId = ev.Id, UserId = user.Id });
            await db.SaveChangesAsync();
        }
    }
}
