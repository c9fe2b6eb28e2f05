using Events.Core.Audit;
using Events.Core.Teams;
using Events.Web.Audit;

namespace Events.Web.Pages.Organiser;

/// <summary>A forum's audit log (its events and its team's changes): for the forum team's owners and administrators.</summary>
public sealed class AuditForumModel(EventsDbContext db, AuditLog log, TeamAccess access, IStringLocalizer<SharedResource> texts) : AuditPageModel(texts)
{
    public async Task<IActionResult> OnGetAsync(string forumSlug, [FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().Where(f => f.Slug == forumSlug).Select(f => new { f.Id, f.Title }).SingleOrDefaultAsync(ct);
        if (forum is null)
        {
            return NotFound();
        }
        if (!await access.MayActOnForumAsync(User, forum.Id, TeamRole.Owner, ct))
        {
            return Forbid();
        }
        (Heading, BackHref, BackLabel) = (Texts["@Audit.ForumHeading", forum.Title], $"/organiser/forums/{forumSlug}/team", Texts["@Audit.BackToForumTeam"]);
        await LoadAsync(page, query => log.ForForumAsync(forum.Id, query, Zone, ct));
        return Page();
    }
}
