using Events.Core.Demo;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Demo;

/// <summary>Loads the model event once (idempotent across restarts) and prints fresh demo credentials.</summary>
public sealed partial class DemoLoader(EventsDbContext db, Accounts.AccountAdmin accounts, UserManager<AppUser> users,
    TimeProvider clock, Microsoft.Extensions.Options.IOptions<DemoOptions> options, ILogger<DemoLoader> logger)
{
    public const string OrganiserEmail = "organiser@example.org";
    public const string ModeratorEmail = "moderator@example.org";

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == ModelEvent.Slug, cancellationToken);
        if (ev is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            DateOnly? day = options.Value.DaysAhead is { } days
                ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, TimeZoneInfo.FindSystemTimeZoneById(ModelEvent.Zone))).AddDays(days)
                : null;
            ev = ModelEvent.Build(now, day);
            db.Events.Add(ev);
            await db.SaveChangesAsync(cancellationToken);
        }
        await ModelEventFollowUpAndBriefing.AddMissingAsync(db, ev, clock.GetUtcNow().UtcDateTime, cancellationToken);

        var organiserPassword = await accounts.CreateOrResetAsync(OrganiserEmail, "Demo organiser", Roles.Organiser);
        var moderatorPassword = await accounts.CreateOrResetAsync(ModeratorEmail, "Demo moderator", Roles.Moderator);
        await JoinTeamAsync(ev.Id, OrganiserEmail, Core.Teams.TeamRole.Owner, cancellationToken);
        await JoinTeamAsync(ev.Id, ModeratorEmail, Core.Teams.TeamRole.Moderator, cancellationToken);

        // Credentials go to the console only, never to the log sinks.
        Console.WriteLine($"""

            ── Demo loaded: /events/{ModelEvent.Slug}
               Organiser: {OrganiserEmail}  password: {organiserPassword}
               Moderator: {ModeratorEmail}  password: {moderatorPassword}
               (new passwords are generated at every start)

            """);
        LogLoaded(logger, ModelEvent.Slug);
    }

    private async Task JoinTeamAsync(int eventId, string email, Core.Teams.TeamRole role, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (!await db.TeamMembers.AnyAsync(m => m.EventId == eventId && m.UserId == user!.Id, ct))
        {
            db.TeamMembers.Add(new Core.Teams.TeamMember { EventId = eventId, UserId = user!.Id, Role = role, AddedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
    }

    [LoggerMessage(LogLevel.Information, "Demo event {Slug} is loaded")]
    private static partial void LogLoaded(ILogger logger, string slug);
}
