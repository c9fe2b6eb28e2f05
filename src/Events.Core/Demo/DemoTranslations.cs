namespace Events.Core.Demo;

/// <summary>Sets a demo event's French and Spanish texts from a table keyed by the English originals.</summary>
public static class DemoTranslations
{
    public static IReadOnlyList<string> Languages { get; } = ["fr", "es"];

    /// <summary>
    /// Walks the same list of attendee-facing texts the completeness view and test walk, so every text the table knows
    /// is set wherever it occurs (a title and a topic both reading "Closing remarks" share one entry). A text the table
    /// lacks stays untranslated, and the completeness test names it.
    /// </summary>
    public static void Apply(Event evt, IReadOnlyDictionary<string, FrEs> table)
    {
        foreach (var unit in EventTexts.Units(evt).Where(u => !string.IsNullOrWhiteSpace(u.Original)).ToList())
        {
            if (table.TryGetValue(unit.Original, out var text))
            {
                unit.Translations.Set("fr", unit.TranslationField, text.Fr);
                unit.Translations.Set("es", unit.TranslationField, text.Es);
            }
        }
    }
}
