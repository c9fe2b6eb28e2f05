using Events.Core.Content;
using Events.Web.Live;

namespace Events.Web.Pages.Live;

/// <summary>The console and the presenter view: <see cref="StaffOnlyAttribute"/> lets staff in, this checks they are staff of this event.</summary>
public abstract class StaffPage(EventsDbContext db, LiveAccess access) : PageModel
{
    public int EventId { get; private set; }
    public string EventSlug { get; private set; } = "";
    /// <summary>In the viewer's language, or the original marked as such.</summary>
    public LocalizedText EventTitle { get; private set; } = new("", "en", false);

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
        EventTitle = Localization.ReaderLanguage.For(ev).Text(ev.Translations, nameof(Event.Title), ev.Title);
        return Page();
    }
}
