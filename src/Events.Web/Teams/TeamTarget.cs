using Events.Core.Teams;

namespace Events.Web.Teams;

/// <summary>The team a request is about: the event of the route's <c>{slug}</c> or the forum of its <c>{forumSlug}</c>.</summary>
public sealed record TeamTarget(TeamScope Scope, string Name, string Slug, bool IsForum)
{
    public static async Task<TeamTarget?> ResolveAsync(HttpContext http, EventsDbContext db)
    {
        var ct = http.RequestAborted;
        if (http.GetRouteValue("forumSlug") is string forumSlug)
        {
            var forum = await db.Forums.AsNoTracking().Where(f => f.Slug == forumSlug).Select(f => new { f.Id, f.Title }).SingleOrDefaultAsync(ct);
            return forum is null ? null : new TeamTarget(TeamScope.Forum(forum.Id), forum.Title, forumSlug, true);
        }
        var slug = http.GetRouteValue("slug") as string;
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Title }).SingleOrDefaultAsync(ct);
        return ev is null ? null : new TeamTarget(TeamScope.Event(ev.Id), ev.Title, slug!, false);
    }
}
