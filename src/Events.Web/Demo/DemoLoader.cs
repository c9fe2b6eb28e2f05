using Events.Core.Demo;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Demo;

/// <summary>Loads the model event once (idempotent across restarts) and prints fresh demo credentials.</summary>
public sealed partial class DemoLoader(EventsDbContext db, Accounts.AccountAdmin accounts, UserManager<AppUser> users,
    TimeProvider clock, Microsoft.Extensions.Options.IOptions<DemoOptions> options, ILogger<DemoLoader> logger)
{
    public const string OrganiserEmail = "organiser@example.org";
    public const string ModeratorEmail = "moderator@example.org";
    public const string AdministratorEmail = "admin@example.org";

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
        await LoadForumAsync(ev, cancellationToken);

        var organiserPassword = await accounts.CreateOrResetAsync(OrganiserEmail, "Demo organiser", Roles.Organiser);
        var moderatorPassword = await accounts.CreateOrResetAsync(ModeratorEmail, "Demo moderator", Roles.Moderator);
        var administratorPassword = await accounts.CreateOrResetAsync(AdministratorEmail, "Demo administrator", Roles.Administrator);
        var forumId = await db.Forums.Where(f => f.Slug == DemoForum.Slug).Select(f => f.Id).SingleAsync(cancellationToken);
        // The organiser owns the forum's team (both sessions); the moderator runs the model event only.
        await JoinTeamAsync(m => m.ForumId == forumId, new() { UserId = "", ForumId = forumId, Role = Core.Teams.TeamRole.Owner }, OrganiserEmail, cancellationToken);
        await JoinTeamAsync(m => m.EventId == ev.Id, new() { UserId = "", EventId = ev.Id, Role = Core.Teams.TeamRole.Moderator }, ModeratorEmail, cancellationToken);

        // Credentials go to the console only, never to the log sinks.
        Console.WriteLine($"""

            ── Demo loaded: /forums/{DemoForum.Slug} and /events/{ModelEvent.Slug}
               Organiser (owner of the forum's team): {OrganiserEmail}  password: {organiserPassword}
               Moderator (of the model event): {ModeratorEmail}  password: {moderatorPassword}
               Administrator (creates forums): {AdministratorEmail}  password: {administratorPassword}
               (new passwords are generated at every start)

            """);
        LogLoaded(logger, ModelEvent.Slug);
    }

    /// <summary>The GPC forum around the model event, with its second thematic session.</summary>
    private Task LoadForumAsync(Event modelEvent, CancellationToken cancellationToken) =>
        DemoForum.AddMissingAsync(db, modelEvent, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private async Task JoinTeamAsync(System.Linq.Expressions.Expression<Func<Core.Teams.TeamMember, bool>> team,
        Core.Teams.TeamMember member, string email, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (!await db.TeamMembers.Where(team).AnyAsync(m => m.UserId == user!.Id, ct))
        {
            member.UserId = user!.Id;
            member.AddedAtUtc = clock.GetUtcNow().UtcDateTime;
            db.TeamMembers.Add(member);
            await db.SaveChangesAsync(ct);
        }
    }

    [LoggerMessage(LogLevel.Information, "Demo event {Slug} is loaded")]
    private static partial void LogLoaded(ILogger logger, string slug);
}
