using Events.Web.Live;

namespace Events.Web.Pages.Live;

/// <summary>The console and the presenter view: <see cref="StaffOnlyAttribute"/> lets staff in, this checks they are staff of this event.</summary>
public abstract class StaffPage(EventsDbContext db, LiveAccess access) : PageModel
{
    public int EventId { get; private set; }
    public string EventSlug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        if (!await access.IsStaffForAsync(User, ev.Id, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        EventId = ev.Id;
        EventSlug = ev.Slug;
        EventTitle = ev.Title;
        return Page();
    }
}
