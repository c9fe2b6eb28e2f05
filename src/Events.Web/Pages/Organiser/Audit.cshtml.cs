using Events.Core.Audit;
using Events.Core.Teams;
using Events.Web.Audit;

namespace Events.Web.Pages.Organiser;

/// <summary>An event's audit log: for the owners of its team (or of its forum's team) and administrators only.</summary>
public sealed class AuditModel(EventsDbContext db, AuditLog log, TeamAccess access, IStringLocalizer<SharedResource> texts) : AuditPageModel(texts)
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Title, e.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (ev is null)
        {
            return NotFound();
        }
        if (!await access.MayActOnEventAsync(User, ev.Id, TeamRole.Owner, ct))
        {
            return Forbid();
        }
        (Heading, BackHref, BackLabel, Zone) = (Texts["@Audit.EventHeading", ev.Title], $"/organiser/events/{slug}", Texts["Back to the event"], TimeZoneInfo.FindSystemTimeZoneById(ev.TimeZoneId));
        await LoadAsync(page, query => log.ForEventAsync(ev.Id, query, Zone, ct));
        return Page();
    }
}
