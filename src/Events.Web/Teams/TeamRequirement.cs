using Events.Core.Teams;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Teams;

/// <summary>
/// The caller holds <see cref="Role"/> (or higher) on the team of the event named by the route's <c>{slug}</c>, or of
/// the forum named by <c>{forumSlug}</c>. Routes naming neither (the organiser's list, a new event) pass here and are
/// narrowed by what they show. An unknown slug passes too, so the endpoint answers its own 404.
/// </summary>
public sealed record TeamRequirement(TeamRole Role) : IAuthorizationRequirement;

public sealed class TeamRequirementHandler : AuthorizationHandler<TeamRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TeamRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            return;
        }
        // Resolved only when a team policy is checked, not injected: every authorisation builds every handler, and a
        // live hub's WebSocket request keeps its scope for as long as the attendee stays connected (a DbContext each).
        var db = http.RequestServices.GetRequiredService<EventsDbContext>();
        var access = http.RequestServices.GetRequiredService<TeamAccess>();
        var ct = http.RequestAborted;
        if (http.GetRouteValue("forumSlug") is string forumSlug)
        {
            var forumId = await db.Forums.Where(f => f.Slug == forumSlug).Select(f => (int?)f.Id).SingleOrDefaultAsync(ct);
            if (forumId is null || await access.MayActOnForumAsync(context.User, forumId.Value, requirement.Role, ct))
            {
                context.Succeed(requirement);
            }
            return;
        }
        if (http.GetRouteValue("slug") is string slug)
        {
            var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
            if (eventId is null || await access.MayActOnEventAsync(context.User, eventId.Value, requirement.Role, ct))
            {
                context.Succeed(requirement);
            }
            return;
        }
        context.Succeed(requirement);
    }
}
