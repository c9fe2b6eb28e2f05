using Events.Core.Interpretation;

namespace Events.Web.Pages.Organiser;

public sealed class ChannelsModel(EventsDbContext db, ChannelPlanner planner, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public sealed class ChannelForm
    {
        public string? LanguageCode { get; set; }
        public string? Label { get; set; }
        public bool IsFloor { get; set; }
        public string? JoinUrl { get; set; }

        /// <summary>The label in the event's other languages, keyed <c>fr.Label</c>.</summary>
        public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

        public ChannelInput ToInput() => new(LanguageCode?.Trim(), Label, IsFloor, string.IsNullOrWhiteSpace(JoinUrl) ? null : JoinUrl.Trim(),
            TranslationForms.ToInput(Translations));

        public static ChannelForm From(InterpretationChannel c) => new()
        {
            LanguageCode = c.LanguageCode, Label = c.Label, IsFloor = c.IsFloor, JoinUrl = c.JoinUrl, Translations = TranslationForms.From(c.Translations),
        };
    }

    [BindProperty]
    public ChannelForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<InterpretationChannel> Channels { get; private set; } = [];

    /// <summary>The channel the form edits; null when it adds one.</summary>
    public InterpretationChannel? Editing { get; private set; }

    private Event? ev;

    /// <summary>The label's language tabs, for what the form holds now.</summary>
    public LanguageTabs Tabs => LanguageTabs.For("channel", ev!,
        [new(localizer["@Channels.Label"], Input.Label ?? "", "Input_Label", false, ChannelInput.LabelMax, "Input", nameof(InterpretationChannel.Label), Input.Translations)],
        localizer);

    /// <summary>A tag as a word: the site's languages in the page's language, any other in its own (<c>français (Canada) (fr-CA)</c>); each with its tag.</summary>
    public string LanguageName(string code)
    {
        if (InterpretersModel.Languages.Contains(code))
        {
            return localizer["@Channels.Language." + code];
        }
        try
        {
            return $"{System.Globalization.CultureInfo.GetCultureInfo(code, predefinedOnly: true).NativeName} ({code})";
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return code;
        }
    }

    public async Task<IActionResult> OnGetAsync(string slug, int? edit, CancellationToken ct)
    {
        if (!await ShowAsync(slug, edit, ct))
        {
            return NotFound();
        }
        if (edit is not null && Editing is null)
        {
            return NotFound();
        }
        Input = Editing is null ? new() : ChannelForm.From(Editing);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await planner.AddAsync(ev.Id, Input.ToInput(), ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, null, ct), c => localizer["Channel {0} added.", c.Label]);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await planner.UpdateAsync(ev.Id, id, Input.ToInput(), ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, id, ct), c => localizer["Channel {0} saved.", c.Label]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return this.Removed(ev is not null && await planner.RemoveAsync(ev.Id, id, ct), localizer["Channel removed."]);
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
        EventTitle = ev.Title;
        Channels = await planner.ListAsync(ev.Id, ct);
        Editing = Channels.SingleOrDefault(c => c.Id == edit);
        return true;
    }
}
