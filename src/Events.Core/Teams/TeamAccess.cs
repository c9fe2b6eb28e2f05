using System.Security.Claims;
using Events.Core.Accounts;

namespace Events.Core.Teams;

/// <summary>
/// The one answer to "may this person act as this role here": a site administrator may everywhere; anyone else
/// through a membership of the event's team, or of its forum's team, with that role or a higher one.
/// </summary>
public sealed class TeamAccess(EventsDbContext db)
{
    // No account id (an attendee's live session) is on no team: answered without a read, which every vote would pay.
    public async Task<bool> MayActOnEventAsync(ClaimsPrincipal user, int eventId, TeamRole role, CancellationToken ct) =>
        user.IsInRole(Roles.Administrator) || (UserId(user) is not null && await EventsFor(user, role).AnyAsync(e => e.Id == eventId, ct));

    public async Task<bool> MayActOnForumAsync(ClaimsPrincipal user, int forumId, TeamRole role, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return true;
        }
        var userId = UserId(user);
        var allowed = TeamRoles.AtLeast(role);
        return userId is not null && await db.TeamMembers.AnyAsync(m => m.ForumId == forumId && m.UserId == userId && allowed.Contains(m.Role), ct);
    }

    public Task<bool> MayActOnAsync(ClaimsPrincipal user, TeamScope scope, TeamRole role, CancellationToken ct) =>
        scope.ForumId is { } forumId ? MayActOnForumAsync(user, forumId, role, ct) : MayActOnEventAsync(user, scope.EventId!.Value, role, ct);

    /// <summary>The events this person may act on in <paramref name="role"/> (all of them for an administrator).</summary>
    public IQueryable<Event> EventsFor(ClaimsPrincipal user, TeamRole role)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return db.Events;
        }
        var userId = UserId(user);
        var allowed = TeamRoles.AtLeast(role);
        return db.Events.Where(e => db.TeamMembers.Any(m => m.UserId == userId && allowed.Contains(m.Role)
            && (m.EventId == e.Id || (e.ForumId != null && m.ForumId == e.ForumId))));
    }

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
