namespace Events.Core.Content;

/// <summary>How far one language has come: of <see cref="Total"/> texts with an original, <see cref="Translated"/> have it; the rest are <see cref="Missing"/>.</summary>
public sealed record LanguageCompleteness(string Language, int Total, IReadOnlyList<TextUnit> Missing)
{
    public int Translated => Total - Missing.Count;

    /// <summary>Whole percent, rounded down so that 100 means every text; an event with nothing to translate is complete.</summary>
    public int Percent => Total == 0 ? 100 : Translated * 100 / Total;

    public bool IsComplete => Missing.Count == 0;
}
