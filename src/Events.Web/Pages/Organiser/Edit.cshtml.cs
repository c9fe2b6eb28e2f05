using Events.Core.Content;

namespace Events.Web.Pages.Organiser;

public sealed class EditModel(EventsDbContext db, EventEditor editor, IOptions<ContentOptions> content, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public EventForm Form { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public EventStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        (Slug, Title, Status) = (ev.Slug, ev.Title, ev.Status);
        Form = EventForm.From(ev);
        Form.SiteLanguages = [.. content.Value.Languages.Distinct()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        // The form always shows the offsets, so an empty field means the site's default (the API leaves out what it keeps).
        var result = await editor.UpdateAsync(slug, Form.ToInput(), ct, absentRemindersFollowSite: true);
        if (result.Outcome == EventEditOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome != EventEditOutcome.Saved)
        {
            // Links keep the stored slug: the edit was not saved.
            (Slug, Title, Status) = (slug, result.Event!.Title, result.Event.Status);
            Form.SiteLanguages = [.. content.Value.Languages.Distinct()];
            ModelState.AddErrorsWithTranslations(result.Errors, nameof(Form), t);
            return Page();
        }
        this.Flash(t["Event saved."]);
        return RedirectToPage("Dashboard", new { slug = result.Event!.Slug });
    }
}
