using Events.Core.Readings;

namespace Events.Web.Pages.Organiser;

public sealed class ReadingsModel(EventsDbContext db, ReadingList list, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReadingInput Input { get; set; } = new(null, null, null, null, null, null, null);

    /// <summary>The note in the event's other languages, keyed <c>fr.Note</c> (the citation stays as published).</summary>
    [BindProperty]
    public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Reading> Readings { get; private set; } = [];

    private Event? ev;

    /// <summary>The note's language tabs, for what the form holds now.</summary>
    public LanguageTabs Tabs => LanguageTabs.For("reading", ev!,
        [new(localizer["@Channels.Note"], Input.Note ?? "", "Input_Note", false, ReadingInput.NoteMax, "", nameof(Reading.Note), Translations)],
        localizer);

    /// <summary>The reading the form edits; null when it adds one.</summary>
    public Reading? Editing { get; private set; }

    public static readonly (string Name, string Label, string Type)[] Fields =
    [
        ("Title", "@Channels.Title", "text"), ("Authors", "@Channels.Authors", "text"), ("Year", "@Channels.Year", "number"),
        ("Publisher", "@Channels.Publisher", "text"), ("Url", "@Channels.Link (URL)", "url"), ("Doi", "@Channels.DOI", "text"), ("Note", "@Channels.Note", "text"),
    ];

    public string? Value(string name) => name switch
    {
        "Title" => Input.Title,
        "Authors" => Input.Authors,
        "Year" => Input.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Publisher" => Input.Publisher,
        "Url" => Input.Url,
        "Doi" => Input.Doi,
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
        if (Editing is { } r)
        {
            Input = new(r.Authors, r.Year, r.Title, r.Publisher, r.Url, r.Doi, r.Note);
            Translations = TranslationForms.From(r.Translations);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await list.AddAsync(ev.Id, WithTranslations(), ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, null, ct), _ => localizer["Reading added."]);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await list.UpdateAsync(ev.Id, id, WithTranslations(), ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, id, ct), _ => localizer["Reading saved."]);
    }

    /// <summary>Move up (<paramref name="by"/> −1) or down (+1); back at the reading, so the keyboard carries on from it.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string slug, int id, int by, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null || await list.MoveAsync(ev.Id, id, by, ct) is null)
        {
            return NotFound();
        }
        this.Flash(localizer["Reading moved."]);
        return Redirect($"/organiser/events/{ev.Slug}/readings#reading-{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return this.Removed(ev is not null && await list.RemoveAsync(ev.Id, id, ct), localizer["Reading removed."]);
    }

    private async Task<bool> ShowAsync(string slug, int? edit, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return false;
        }
        this.ev = ev;
        Slug = ev.Slug;
        Readings = await list.ListAsync(ev.Id, ct);
        Editing = Readings.SingleOrDefault(r => r.Id == edit);
        return true;
    }

    private ReadingInput WithTranslations() => Input with { Translations = TranslationForms.ToInput(Translations) };
}
