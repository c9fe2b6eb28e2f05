using Events.Core.Data;
using Events.Core.Events;
using Events.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Organiser;

public sealed class NewModel(EventsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EventForm Form { get; set; } = new() { TimeZone = "Europe/Paris" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding errors (e.g. a malformed date) are replaced by the core rules' own messages.
        ModelState.Clear();
        var ev = new Event { Slug = "", Title = "", TimeZoneId = "" };
        var errors = EventRules.Apply(Form.ToInput(), ev);
        ModelState.AddRuleErrors(errors, nameof(Form));
        if (errors.IsValid && await db.Events.AnyAsync(e => e.Slug == ev.Slug, ct))
        {
            ModelState.AddModelError("Form.Slug", "Another event already uses this slug.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        ev.CreatedAtUtc = ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Events.Add(ev);
        if (!await db.TrySaveUniqueAsync(ct))
        {
            ModelState.AddModelError("Form.Slug", "Another event already uses this slug.");
            return Page();
        }
        return RedirectToPage("Edit", new { slug = ev.Slug });
    }
}
