using Events.Core.Glossary;

namespace Events.Web.Pages.Organiser;

public sealed class GlossaryModel(EventsDbContext db, GlossaryEditor glossary, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form's fields: input name, language tag (null for the note) and label key.</summary>
    public static readonly (string Name, string? Lang, string Label)[] Fields =
        [("En", "en", "@Channels.Language.en"), ("Fr", "fr", "@Channels.Language.fr"), ("Es", "es", "@Channels.Language.es"), ("Note", null, "@Channels.Note (optional)")];

    [BindProperty]
    public GlossaryTermInput Input { get; set; } = new(null, null, null, null);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];

    /// <summary>The term the form edits; null when it adds one.</summary>
    public GlossaryTerm? Editing { get; private set; }

    public string? Value(string name) => name switch
    {
        "En" => Input.En,
        "Fr" => Input.Fr,
        "Es" => Input.Es,
        _ => Input.Note,
    };

    public string? Error(string name) =>
        ModelState.TryGetValue("Input." + name, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public async Task<IActionResult> OnGetAsync(string slug, int? edit, CancellationToken ct)
    {
        if (!await ShowAsync(slug, edit, ct) || (edit is not null && Editing is null))
        {
            return NotFound();
        }
        if (Editing is { } t)
        {
            Input = new(t.En, t.Fr, t.Es, t.Note);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await glossary.AddAsync(ev.Id, Input, ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, null, ct), _ => localizer["Term added."]);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await glossary.UpdateAsync(ev.Id, id, Input, ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, id, ct), _ => localizer["Term saved."]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return this.Removed(ev is not null && await glossary.RemoveAsync(ev.Id, id, ct), localizer["Term removed."]);
    }

    private async Task<bool> ShowAsync(string slug, int? edit, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return false;
        }
        Slug = ev.Slug;
        Terms = await glossary.ListAsync(ev.Id, ct);
        Editing = Terms.SingleOrDefault(t => t.Id == edit);
        return true;
    }
}
