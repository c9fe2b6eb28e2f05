namespace Events.Core.Content;

/// <summary>
/// An event's translation status: for each offered language other than the original, which texts still lack it.
/// Built from <see cref="EventTexts"/>, so every field it lists is counted here.
/// </summary>
public sealed record TranslationStatus(Event Event, IReadOnlyList<LanguageCompleteness> Languages, IReadOnlyDictionary<string, TextPlace> Places)
{
    public bool IsComplete => Languages.All(l => l.IsComplete);

    public TextPlace PlaceOf(TextUnit unit) => TextPlace.Of(Places, unit);

    /// <summary>Needs the event loaded as <see cref="EventTexts"/> says.</summary>
    public static TranslationStatus For(Event evt)
    {
        var units = EventTexts.Units(evt).Where(u => !string.IsNullOrWhiteSpace(u.Original)).ToList();
        var languages = TargetLanguages(evt)
            .Select(language => new LanguageCompleteness(language, units.Count, units.Where(u => u.IsMissingIn(language)).ToList()))
            .ToList();
        return new(evt, languages, TextPlace.For(evt));
    }

    /// <summary>The languages a translator works into: the offered ones, less the original.</summary>
    public static IReadOnlyList<string> TargetLanguages(Event evt) =>
        evt.Languages.Where(l => l != evt.OriginalLanguage).Distinct(StringComparer.Ordinal).ToList();
}
