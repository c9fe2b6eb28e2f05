using Events.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Organiser;

/// <summary>
/// One form's texts in each offered language, for <c>_LanguageTabs</c>: the original language's panel holds the form's
/// own fields, each other language's panel an input per field under the original text as a reference.
/// </summary>
public sealed record LanguageTabs(string Id, string OriginalLanguage, string OriginalName, IReadOnlyList<LanguagePanel> Panels)
{
    public const string ViewDataKey = "LanguageTabs";

    public string PanelId(string language) => $"{Id}-lang-{language}";

    /// <summary>A panel per offered language besides the original, each with every field in <paramref name="fields"/>.</summary>
    public static LanguageTabs For(string id, string originalLanguage, IEnumerable<string> languages, IReadOnlyList<TabField> fields, IStringLocalizer t) =>
        new(id, originalLanguage, LanguageName(originalLanguage, t),
            languages.Where(l => l != originalLanguage).Distinct(StringComparer.Ordinal)
                .Select(l => new LanguagePanel(l, LanguageName(l, t), fields)).ToList());

    public static LanguageTabs For(string id, Event ev, IReadOnlyList<TabField> fields, IStringLocalizer t) =>
        For(id, ev.OriginalLanguage, ev.Languages, fields, t);

    /// <summary>A language as its speakers write it (Español), the same in every page language.</summary>
    public static string LanguageName(string language, IStringLocalizer t)
    {
        var name = t["@OrganiserContent.Language." + language];
        return name.ResourceNotFound ? language : name.Value;
    }
}

/// <summary>One language's panel of translations.</summary>
public sealed record LanguagePanel(string Language, string Name, IReadOnlyList<TabField> Fields)
{
    public bool HasEmpty => Fields.Any(f => f.IsMissingIn(Language));
}

/// <summary>
/// A translatable field as the form posts it: <c>{Prefix}.Translations[fr.Title]</c> (no prefix: the page's own <c>Translations</c>). <see cref="OriginalId"/> is the
/// original's input on the same form, so the reference text can follow what the organiser types there.
/// </summary>
public sealed record TabField(string Label, string Original, string? OriginalId, bool Multiline, int Max,
    string Prefix, string Field, IReadOnlyDictionary<string, string?> Values)
{
    public string Key(string language) => $"{language}.{Field}";

    public string Name(string language) => Prefix.Length == 0 ? $"Translations[{Key(language)}]" : $"{Prefix}.Translations[{Key(language)}]";

    public string InputId(string language) =>
        new string(Name(language).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    public string? Value(string language) => Values.GetValueOrDefault(Key(language));

    /// <summary>This field's messages in one language, under its input name or as a list page's rules put them (<c>Input.Translations.fr.Note</c>).</summary>
    public IEnumerable<string> Errors(ModelStateDictionary modelState, string language)
    {
        var dotted = $".{TranslationRules.Prefix}.{language}.{Field}";
        return modelState
            .Where(e => e.Key == Name(language) || e.Key.EndsWith(dotted, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value?.Errors.Select(x => x.ErrorMessage) ?? []);
    }

    public bool IsMissingIn(string language) => !string.IsNullOrWhiteSpace(Original) && string.IsNullOrWhiteSpace(Value(language));
}
