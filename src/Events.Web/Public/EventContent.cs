using Events.Core.Content;

namespace Events.Web.Public;

/// <summary>
/// Every attendee-facing text of one event in one reader's language, under the keys of <see cref="EventTexts"/>
/// (<c>agenda/12/Title</c>): the public API, the public page and the live pages all read their texts from here, so
/// what the page marks "(in English)" is exactly what the API lists as untranslated.
/// Needs the event loaded as <see cref="EventTexts.Units"/> says (questions included for their texts).
/// </summary>
public sealed class EventContent
{
    private static readonly LocalizedText None = new("", "", false);
    private readonly Dictionary<string, LocalizedText> texts;

    private EventContent(Event evt, string language)
    {
        var reader = ContentReader.For(evt, language);
        Language = language;
        Languages = evt.Languages;
        texts = EventTexts.Units(evt).ToDictionary(u => u.Key, u => reader.Text(u.Translations, u.TranslationField, u.Original), StringComparer.Ordinal);
        Untranslated = EventTexts.MissingIn(evt, language).Select(u => u.Key).ToList();
    }

    public static EventContent For(Event evt, string language) => new(evt, language);

    /// <summary>The reader's language: the page's own (<c>?lang=</c>, cookie, browser).</summary>
    public static EventContent ForReader(Event evt) => new(evt, Localization.ReaderLanguage.Current);

    /// <summary>The language asked for; a text without a translation in it is the original, marked as a fallback.</summary>
    public string Language { get; }

    /// <summary>The languages the event's content is offered in, the original first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The keys of the texts shown in the original because this language has none.</summary>
    public IReadOnlyList<string> Untranslated { get; }

    public LocalizedText Event(string field) => Find($"event/{field}");

    public LocalizedText Of(string part, int id, string field) => Find($"{part}/{id.ToString(CultureInfo.InvariantCulture)}/{field}");

    public IReadOnlyList<LocalizedText> Lines(string prefix, string field, int count) =>
        Enumerable.Range(0, count).Select(i => Find($"{prefix}/{Translations.LineField(field, i)}")).ToList();

    public IReadOnlyList<LocalizedText> Outcomes(Event evt) => Lines("event", nameof(Core.Events.Event.ExpectedOutcomes), evt.ExpectedOutcomes.Count);

    public IReadOnlyList<LocalizedText> Options(RegistrationQuestion q) =>
        Lines($"question/{q.Id.ToString(CultureInfo.InvariantCulture)}", nameof(RegistrationQuestion.Options), q.Options.Count);

    /// <summary>Each person's topic, in the order of the item's DTO people (by role, then as added).</summary>
    public IReadOnlyList<LocalizedText> Topics(AgendaItem item) =>
        item.People.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => Of("topic", p.Id, nameof(AgendaPerson.Topic))).ToList();

    private LocalizedText Find(string key) => texts.GetValueOrDefault(key, None);
}
