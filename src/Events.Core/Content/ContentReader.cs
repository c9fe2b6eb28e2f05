namespace Events.Core.Content;

/// <summary>Picks each text of one event in one reader's language, falling back to the event's original language.</summary>
public sealed class ContentReader(string originalLanguage, string language)
{
    public string Language { get; } = language;
    public string OriginalLanguage { get; } = originalLanguage;

    public static ContentReader For(Event evt, string language) => new(evt.OriginalLanguage, language);

    public LocalizedText Text(Translations translations, string field, string original)
    {
        if (Language != OriginalLanguage && translations.Get(Language, field) is { } translated)
        {
            return new LocalizedText(translated, Language, false);
        }
        var isFallback = Language != OriginalLanguage && !string.IsNullOrWhiteSpace(original);
        return new LocalizedText(original, OriginalLanguage, isFallback);
    }

    public IReadOnlyList<LocalizedText> Lines(Translations translations, string field, IReadOnlyList<string> originals) =>
        originals.Select((original, i) => Text(translations, Translations.LineField(field, i), original)).ToList();
}
