using Events.Core.Data;
using Events.Core.Events;
using Events.Core.FollowUps;
using Events.Core.Registrations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Events.Web.Pages.Organiser;

public sealed record FollowUpPreview(string Language, FollowUpVariant Variant, RenderedEmail Email);

public sealed class FollowUpModel(EventsDbContext db, FollowUpScheduler scheduler, IOptions<FollowUpOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public FollowUpForm Form { get; set; } = new();

    [BindProperty]
    public int? MinutesAfterEnd { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public IReadOnlyList<FollowUpPreview> Previews { get; private set; } = [];
    public FollowUpProgress Progress { get; private set; } = new(0, 0, 0, 0);
    public DateTime? ScheduledForUtc { get; private set; }
    public bool HasDraft { get; private set; }

    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var draft = await LoadDraftAsync(ev.Id, ct);
        Form = FollowUpForm.From(draft);
        MinutesAfterEnd = draft?.SendAfterEndMinutes ?? options.Value.DefaultMinutesAfterEnd;
        return await ShowAsync(ev, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var draft = await db.FollowUps.Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        var isNew = draft is null;
        draft ??= new FollowUpDraft { EventId = ev.Id };
        var errors = Form.ToInput().ApplyTo(draft);
        if (!errors.IsValid)
        {
            Errors = errors.ToDictionary();
            return await ShowAsync(ev, ct);
        }
        draft.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.FollowUps.Add(draft);
        }
        await db.SaveChangesAsync(ct);
        Message = "Follow-up saved.";
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostScheduleAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        var draft = ev is null ? null : await db.FollowUps.SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        if (ev is null || draft is null)
        {
            return NotFound();
        }
        if (MinutesAfterEnd is not (>= 0 and <= 60 * 24 * 60) || ev.Status is EventStatus.Draft or EventStatus.Cancelled)
        {
            Message = "Give minutes between 0 and 86400, for a published event.";
            return RedirectToPage(new { slug });
        }
        draft.SendAfterEndMinutes = MinutesAfterEnd;
        await db.SaveChangesAsync(ct);
        scheduler.Reschedule(ev, draft);
        Message = $"Scheduled for {FollowUpScheduler.SendsAtUtc(ev, draft):yyyy-MM-dd HH:mm} UTC.";
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostUnscheduleAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var draft = await db.FollowUps.SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        if (draft is not null)
        {
            draft.SendAfterEndMinutes = null;
            await db.SaveChangesAsync(ct);
        }
        scheduler.Reschedule(ev, draft);
        Message = "No longer scheduled.";
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostSendNowAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null || !await db.FollowUps.AnyAsync(f => f.EventId == ev.Id, ct))
        {
            return NotFound();
        }
        scheduler.SendNow(ev.Id);
        Message = "Sending now to every confirmed registrant who has not had it yet.";
        return RedirectToPage(new { slug });
    }

    private Task<FollowUpDraft?> LoadDraftAsync(int eventId, CancellationToken ct) =>
        db.FollowUps.AsNoTracking().Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == eventId, ct);

    private async Task<PageResult> ShowAsync(Event ev, CancellationToken ct)
    {
        (Slug, Title) = (ev.Slug, ev.Title);
        Progress = await FollowUpProgress.ForEventAsync(db, ev.Id, ct);
        var content = await FollowUpContent.LoadAsync(db, ev.Id, ct);
        HasDraft = content is not null;
        if (content is not null)
        {
            ScheduledForUtc = content.Draft.SendAfterEndMinutes is null ? null : FollowUpScheduler.SendsAtUtc(ev, content.Draft);
            Previews = RegistrationRules.Languages
                .SelectMany(l => Enum.GetValues<FollowUpVariant>().Select(v => new FollowUpPreview(l, v,
                    FollowUpComposer.Render(content, l, v, FollowUp.FollowUpEndpoints.PreviewName))))
                .ToList();
        }
        return Page();
    }
}
