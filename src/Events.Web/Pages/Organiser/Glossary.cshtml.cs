using Events.Core.Data;
using Events.Core.Glossary;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Organiser;

public sealed class GlossaryModel(EventsDbContext db) : PageModel
{
    [BindProperty]
    public GlossaryTermInput Input { get; set; } = new(null, null, null, null);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var eventId = await EventIdAsync(slug, ct);
        return eventId is null ? NotFound() : await ShowAsync(slug, eventId.Value, ct);
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        var eventId = await EventIdAsync(slug, ct);
        if (eventId is null)
        {
            return NotFound();
        }
        var term = new GlossaryTerm { EventId = eventId.Value };
        var errors = Input.ApplyTo(term);
        if (!errors.IsValid)
        {
            Errors = errors.ToDictionary();
            return await ShowAsync(slug, eventId.Value, ct);
        }
        db.GlossaryTerms.Add(term);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var eventId = await EventIdAsync(slug, ct);
        if (eventId is null || await db.GlossaryTerms.Where(t => t.Id == id && t.EventId == eventId).ExecuteDeleteAsync(ct) == 0)
        {
            return NotFound();
        }
        return RedirectToPage(new { slug });
    }

    private Task<int?> EventIdAsync(string slug, CancellationToken ct) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);

    private async Task<PageResult> ShowAsync(string slug, int eventId, CancellationToken ct)
    {
        Slug = slug;
        Terms = await db.GlossaryTerms.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.En).ThenBy(t => t.Id).ToListAsync(ct);
        return Page();
    }
}
