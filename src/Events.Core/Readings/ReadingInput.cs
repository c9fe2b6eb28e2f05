using System.Text.RegularExpressions;

namespace Events.Core.Readings;

/// <summary><see cref="Translations"/>: the note in the event's other languages (the citation stays as published); left out keeps them.</summary>
public sealed partial record ReadingInput(string? Authors, int? Year, string? Title, string? Publisher, string? Url, string? Doi, string? Note,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null)
{
    public const int NoteMax = 2000;

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    public ValidationErrors ApplyTo(Reading reading, TranslationRules languages)
    {
        var errors = new ValidationErrors();
        errors.Required("title", Title);
        errors.MaxLength("title", Title, 500);
        errors.MaxLength("authors", Authors, 1000);
        errors.MaxLength("publisher", Publisher, 500);
        errors.MaxLength("note", Note, NoteMax);
        errors.HttpUrl("url", Url);
        if (!string.IsNullOrWhiteSpace(Doi) && (Doi.Length > 200 || !DoiPattern().IsMatch(Doi.Trim())))
        {
            errors.Add("doi", "Must be a DOI such as 10.14197/atr.201220142.");
        }
        if (Year is < 1500 or > 2200)
        {
            errors.Add("year", "Must be a year between 1500 and 2200.");
        }
        languages.Check(Translations, errors, TranslatableField.Text(nameof(Reading.Note), NoteMax));
        if (!errors.IsValid)
        {
            return errors;
        }
        reading.Authors = Authors?.Trim() ?? "";
        reading.Year = Year;
        reading.Title = Title!.Trim();
        reading.Publisher = Publisher?.Trim() ?? "";
        reading.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
        reading.Doi = string.IsNullOrWhiteSpace(Doi) ? null : Doi.Trim();
        reading.Note = Note?.Trim() ?? "";
        reading.Translations = TranslationRules.Apply(reading.Translations, Translations);
        return errors;
    }
}
