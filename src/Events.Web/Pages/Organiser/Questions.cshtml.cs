using Events.Web.Registrations;

namespace Events.Web.Pages.Organiser;

/// <summary>The organiser's registration questions: the same <see cref="RegistrationQuestions"/> as the API.</summary>
public sealed class QuestionsModel(EventsDbContext db, RegistrationQuestions questions, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class QuestionForm
    {
        public QuestionKind? Kind { get; set; }
        public string? Label { get; set; }
        public string? Options { get; set; }
        public bool Required { get; set; }

        /// <summary>The label and options in the event's other languages, keyed <c>fr.Label</c>, <c>fr.Options.0</c>.</summary>
        public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

        public IReadOnlyList<string> OptionLines => (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public QuestionInput ToInput() => new(Kind, Label, OptionLines.ToList(), Required, TranslationForms.ToInput(Translations));

        public static QuestionForm From(RegistrationQuestion q) => new()
        {
            Kind = q.Kind, Label = q.Label, Options = string.Join("\n", q.Options), Required = q.Required,
            Translations = TranslationForms.From(q.Translations),
        };
    }

    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    /// <summary>The question being edited (from <c>?edit=</c>), or null when the form adds one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    public string Slug { get; private set; } = "";
    public IReadOnlyList<RegistrationQuestion> Questions { get; private set; } = [];

    private Core.Content.TranslationRules languages = new("en", []);

    /// <summary>The label's and options' language tabs, for what the form holds now (options of a choice only).</summary>
    public LanguageTabs Tabs
    {
        get
        {
            var fields = new List<TabField>
            {
                new(t["@Reg.Question"], Input.Label ?? "", "Input_Label", false, QuestionRules.LabelMax, nameof(Input), nameof(RegistrationQuestion.Label), Input.Translations),
            };
            var options = Input.Kind == QuestionKind.Choice ? Input.OptionLines : [];
            fields.AddRange(options.Select((option, i) => new TabField(t["Option {0}", i + 1], option, null, false, QuestionRules.OptionMax,
                nameof(Input), Core.Content.Translations.LineField(nameof(RegistrationQuestion.Options), i), Input.Translations)));
            return LanguageTabs.For("question", languages.OriginalLanguage, [languages.OriginalLanguage, .. languages.Targets], fields, t);
        }
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is null)
        {
            return NotFound();
        }
        if (Edit is { } id)
        {
            var question = Questions.SingleOrDefault(q => q.Id == id);
            if (question is null)
            {
                return NotFound();
            }
            Input = QuestionForm.From(question);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct) =>
        SaveAsync(slug, eventId => questions.AddAsync(eventId, Input.ToInput(), ct), "Question added.", ct);

    public Task<IActionResult> OnPostUpdateAsync(string slug, int id, CancellationToken ct) =>
        SaveAsync(slug, eventId => questions.UpdateAsync(eventId, id, Input.ToInput(), ct), "Question saved.", ct);

    public Task<IActionResult> OnPostMoveAsync(string slug, int id, int by, CancellationToken ct) =>
        SaveAsync(slug, eventId => questions.MoveAsync(eventId, id, by, ct), "Order saved.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var eventId = await LoadAsync(slug, ct);
        if (eventId is null || await questions.RemoveAsync(eventId.Value, id, ct) == QuestionResult.NotFound)
        {
            return NotFound();
        }
        this.Flash(t["Question removed."]);
        return RedirectToPage(new { slug });
    }

    /// <summary>Runs one change; a refused one shows the form again with the reasons in the page's language.</summary>
    private async Task<IActionResult> SaveAsync(string slug, Func<int, Task<QuestionOutcome>> change, string done, CancellationToken ct)
    {
        ModelState.Clear();
        var eventId = await LoadAsync(slug, ct);
        if (eventId is null)
        {
            return NotFound();
        }
        var outcome = await change(eventId.Value);
        switch (outcome.Result)
        {
            case QuestionResult.NotFound:
                return NotFound();
            case QuestionResult.TooMany:
                ModelState.AddModelError(string.Empty, t["@Reg.MaxQuestions", QuestionRules.MaxPerEvent]);
                return Page();
            case QuestionResult.Invalid:
                foreach (var (field, messages) in outcome.Errors.ToDictionary())
                {
                    var name = field.Length == 0 ? nameof(Input) : $"{nameof(Input)}.{char.ToUpperInvariant(field[0])}{field[1..]}";
                    ModelState.AddModelError(name, RuleMessages.Localise(t, messages[0]));
                }
                return Page();
            default:
                this.Flash(t[done]);
                return RedirectToPage(new { slug, edit = (int?)null });
        }
    }

    private async Task<int?> LoadAsync(string slug, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        Slug = slug;
        Questions = eventId is null ? [] : await questions.ListAsync(eventId.Value, ct);
        languages = eventId is null ? languages : await Core.Content.TranslationRulesQueries.TranslationRulesAsync(db, eventId.Value, ct);
        return eventId;
    }
}
