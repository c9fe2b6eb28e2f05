using Events.Core.EmailStatus;

namespace Events.Web.Pages.Organiser;

public sealed class EmailsModel(EventsDbContext db, EmailResender resender, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int LatestShown = 50;

    /// <summary>Seconds between reloads while emails are still queued.</summary>
    public const int RefreshSeconds = 3;

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public EmailStatusReport Report { get; private set; } = null!;
    public List<EmailDeliveryLine> Latest { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        (Slug, Title) = (ev.Slug, ev.Title);
        Report = await EmailStatusReport.ForEventAsync(db, ev.Id, ct);
        Latest = await EmailStatusReport.Lines(db, ev.Id).Take(LatestShown).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(string slug, int id, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return NotFound();
        }
        Message = await resender.ResendAsync(eventId.Value, id, ct) switch
        {
            ResendOutcome.Queued => t["Queued to be sent again."],
            ResendOutcome.AlreadyQueued => t["This email is already queued."],
            _ => t["This email cannot be resent."],
        };
        return RedirectToPage(new { slug });
    }
}
