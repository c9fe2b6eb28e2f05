using Events.Core.Speakers;

namespace Events.Web.Pages.Organiser;

/// <summary>Edits one speaker: name, job title, organisation, biography, photo and private email.</summary>
public sealed class SpeakersEditModel(SpeakerDirectory directory, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SpeakerInput Input { get; set; } = new(null, null, null, null, null, null);

    /// <summary>The title and bio in the event's other languages, keyed <c>fr.Title</c> (the form's language tabs).</summary>
    [BindProperty]
    public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

    public string Slug { get; private set; } = "";
    public string SpeakerName { get; private set; } = "";
    public LanguageTabs Tabs { get; private set; } = new("speaker", "en", "", []);

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await directory.FindEventAsync(slug, ct);
        var speaker = ev?.Speakers.SingleOrDefault(s => s.Id == id);
        if (ev is null || speaker is null)
        {
            return NotFound();
        }
        Input = new SpeakerInput(speaker.Name, speaker.Title, speaker.Organisation, speaker.Bio, speaker.PhotoUrl, speaker.Email);
        Translations = TranslationForms.From(speaker.Translations);
        (Slug, SpeakerName) = (slug, speaker.Name);
        Tabs = TabsFor(ev);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await directory.UpdateAsync(slug, id, Input with { Translations = TranslationForms.ToInput(Translations) }, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            ModelState.AddErrorsWithTranslations(outcome.Errors, nameof(Input), t, translationsPrefix: "");
            (Slug, SpeakerName) = (slug, outcome.Speaker!.Name);
            Tabs = TabsFor((await directory.FindEventAsync(slug, ct))!);
            return Page();
        }
        this.Flash(t["Speaker {0} saved.", outcome.Speaker!.Name]);
        return RedirectToPage("Speakers", new { slug });
    }

    private LanguageTabs TabsFor(Event ev) => LanguageTabs.For("speaker", ev,
    [
        new(t["@Agenda.JobTitle"], Input.Title ?? "", "Input_Title", false, EventRules.TitleMax, "", nameof(Speaker.Title), Translations),
        new(t["@Agenda.Biography"], Input.Bio ?? "", "Input_Bio", true, EventRules.TextMax, "", nameof(Speaker.Bio), Translations),
    ], t);
}
