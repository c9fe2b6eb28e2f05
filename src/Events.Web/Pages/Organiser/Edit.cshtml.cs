using Events.Core.Data;
using Events.Core.Events;
using Events.Core.EventChanges;
using Events.Core.Registrations;
using Events.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Organiser;

public sealed class EditModel(EventsDbContext db, EventChangeFollowUp followUp, Registrar registrar, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EventForm Form { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public EventStatus Status { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Show(ev);
        Form = EventForm.From(ev);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Show(ev);
        var start = ev.StartsAtUtc;
        var sequence = ev.Sequence;
        var reminderOffsets = ev.ReminderOffsetMinutes?.ToList();
        var errors = EventRules.Apply(Form.ToInput(), ev);
        ModelState.AddRuleErrors(errors, nameof(Form));
        if (!errors.IsValid)
        {
            return Page();
        }
        // The API leaves out what it keeps; the form always shows the offsets, so an empty field means the site's default.
        if (string.IsNullOrWhiteSpace(Form.ReminderOffsets))
        {
            ev.ReminderOffsetMinutes = null;
        }
        // Moving the event moves its agenda with it; a shorter event must still hold every item.
        var delta = ev.StartsAtUtc - start;
        ev.AgendaItems.ForEach(a => a.StartsAtUtc += delta);
        if (ev.AgendaItems.Any(a => a.EndsAtUtc > ev.EndsAtUtc))
        {
            ModelState.AddModelError("Form.End", "The agenda runs past this end.");
        }
        else if (ev.Slug != slug && await db.Events.AnyAsync(e => e.Slug == ev.Slug, ct))
        {
            ModelState.AddModelError("Form.Slug", "Another event already uses this slug.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveUniqueAsync(ct))
        {
            ModelState.AddModelError("Form.Slug", "Another event already uses this slug.");
            return Page();
        }
        followUp.AfterEdit(ev, sequence, reminderOffsets);
        // As in the API: a raised capacity goes to the waiting list at once.
        await registrar.PromoteWaitingAsync(ev.Id, ct);
        Message = "Saved.";
        return RedirectToPage(new { slug = ev.Slug });
    }

    public Task<IActionResult> OnPostPublishAsync(string slug, CancellationToken ct) =>
        ChangeStatusAsync(slug, EventStatus.Published, [EventStatus.Draft], ct);

    public Task<IActionResult> OnPostCancelAsync(string slug, CancellationToken ct) =>
        ChangeStatusAsync(slug, EventStatus.Cancelled, [EventStatus.Draft, EventStatus.Published], ct);

    private async Task<IActionResult> ChangeStatusAsync(string slug, EventStatus to, EventStatus[] from, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        if (!from.Contains(ev.Status))
        {
            Message = $"A {ev.Status.ToString().ToLowerInvariant()} event cannot become {to.ToString().ToLowerInvariant()}.";
            return RedirectToPage(new { slug });
        }
        ev.Status = to;
        if (to == EventStatus.Cancelled)
        {
            ev.Sequence++;
        }
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        followUp.AfterStatusChange(ev);
        Message = $"The event is now {to.ToString().ToLowerInvariant()}.";
        return RedirectToPage(new { slug });
    }

    private void Show(Event ev) => (Slug, Title, Status) = (ev.Slug, ev.Title, ev.Status);
}
