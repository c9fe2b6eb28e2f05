using Events.Core.Reports;

namespace Events.Web.Pages.Organiser;

/// <summary>One event at a glance: status, when, counts, what is missing before publishing, and every part.</summary>
public sealed class DashboardModel(EventsDbContext db, EventEditor editor, EventReportBuilder reports, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Those the cancellation email goes to (as in EventChangeJobs): everyone still holding or awaiting a place.</summary>
    private static readonly RegistrationStatus[] ToldOfCancellation =
        [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.WaitingList, RegistrationStatus.Unconfirmed];

    public Event Event { get; private set; } = null!;
    public EventReport Report { get; private set; } = null!;
    public IReadOnlyList<ChecklistItem> Missing { get; private set; } = [];
    public DateTime LocalStart { get; private set; }
    public DateTime LocalEnd { get; private set; }

    public int ToldOnCancel => ToldOfCancellation.Sum(s => Report.RegistrationsByStatus.GetValueOrDefault(s.ToString()));

    public bool CanPublish => Event.Status == EventStatus.Draft;
    public bool CanCancel => Event.Status is EventStatus.Draft or EventStatus.Published;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Event = ev;
        (LocalStart, LocalEnd) = (EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone), EventTime.ToLocal(ev.EndsAtUtc, ev.TimeZone));
        Report = await reports.BuildAsync(ev, ct);
        Missing = await PublishChecklist.MissingAsync(db, ev.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string slug, CancellationToken ct)
    {
        var result = await editor.PublishAsync(slug, ct);
        return After(result, "The event is published: its page is public and registration is open.", "The event’s status is “{0}”: it cannot be published.");
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, CancellationToken ct)
    {
        var result = await editor.CancelAsync(slug, ct);
        return After(result, "The event is cancelled; its registrants are being told by email.", "The event’s status is “{0}”: it cannot be cancelled.");
    }

    private IActionResult After(EventEditResult result, string done, string refused)
    {
        if (result.Outcome == EventEditOutcome.NotFound)
        {
            return NotFound();
        }
        this.Flash(result.Outcome == EventEditOutcome.Saved ? t[done] : t[refused, t["@EventStatus." + result.Event!.Status].Value]);
        return RedirectToPage(new { slug = result.Event!.Slug });
    }
}
