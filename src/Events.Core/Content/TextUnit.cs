namespace Events.Core.Content;

/// <summary>
/// One attendee-facing text of an event: where it lives (<see cref="Key"/>, stable across exports, e.g.
/// <c>agenda/12/Title</c>), what it says in the original language, and the translations it is kept with.
/// </summary>
public sealed record TextUnit(string Key, string Part, string Field, string Original, Translations Translations, string TranslationField)
{
    public string? In(string language) => Translations.Get(language, TranslationField);

    public bool IsMissingIn(string language) => !string.IsNullOrWhiteSpace(Original) && string.IsNullOrWhiteSpace(In(language));
}
