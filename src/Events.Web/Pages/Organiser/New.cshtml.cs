using Events.Core.Content;

namespace Events.Web.Pages.Organiser;

public sealed class NewModel(EventEditor editor, IOptions<ContentOptions> content, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public EventForm Form { get; set; } = new();

    public void OnGet() => Form.SiteLanguages = [.. content.Value.Languages.Distinct()];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding errors (e.g. a malformed date) are replaced by the core rules' own messages.
        ModelState.Clear();
        var result = await editor.CreateAsync(Form.ToInput(), ct);
        if (result.Outcome != EventEditOutcome.Saved)
        {
            Form.SiteLanguages = [.. content.Value.Languages.Distinct()];
            ModelState.AddErrorsWithTranslations(result.Errors, nameof(Form), t);
            return Page();
        }
        this.Flash(t["Draft created. The checklist below shows what to add before publishing."]);
        return RedirectToPage("Dashboard", new { slug = result.Event!.Slug });
    }
}
