namespace Events.Core.Events;

/// <summary>An event's original and offered content languages, and its own texts' translations.</summary>
public static class EventLanguageRules
{
    public const string UnknownLanguage = "Must be one of the site's content languages.";
    public const string OriginalNotOffered = "The original language must be one of the offered languages.";

    /// <summary>Checks the languages and translations in <paramref name="input"/> against what <paramref name="current"/> keeps when they are left out.</summary>
    public static ValidationErrors Check(EventInput input, Event current, ContentOptions options)
    {
        var errors = new ValidationErrors();
        var site = options.Languages.Distinct(StringComparer.Ordinal).ToList();
        var original = input.OriginalLanguage?.Trim() ?? current.OriginalLanguage;
        var languages = Offered(input, current);
        if (!site.Contains(original))
        {
            errors.Add("originalLanguage", UnknownLanguage);
        }
        if (languages.Any(l => !site.Contains(l)))
        {
            errors.Add("languages", UnknownLanguage);
        }
        else if (!languages.Contains(original))
        {
            errors.Add("languages", OriginalNotOffered);
        }
        var outcomes = (input.ExpectedOutcomes ?? []).Count(o => !string.IsNullOrWhiteSpace(o));
        new TranslationRules(original, languages).Check(input.Translations, errors,
            TranslatableField.Text(nameof(Event.Title), EventRules.TitleMax),
            TranslatableField.Text(nameof(Event.Summary), EventRules.TextMax),
            TranslatableField.Text(nameof(Event.Rationale), EventRules.TextMax),
            TranslatableField.List(nameof(Event.ExpectedOutcomes), outcomes, 1000));
        return errors;
    }

    /// <summary>Applies checked input: the original first among the offered languages.</summary>
    public static void Apply(EventInput input, Event target)
    {
        var languages = Offered(input, target);
        target.OriginalLanguage = input.OriginalLanguage?.Trim() ?? target.OriginalLanguage;
        target.Languages = [target.OriginalLanguage, .. languages.Where(l => l != target.OriginalLanguage)];
        target.Translations = TranslationRules.Apply(target.Translations, input.Translations);
    }

    private static List<string> Offered(EventInput input, Event current) =>
        (input.Languages ?? current.Languages).Select(l => l?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
}
