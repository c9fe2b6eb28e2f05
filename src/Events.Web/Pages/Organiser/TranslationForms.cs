using Events.Core.Content;
using Events.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Organiser;

/// <summary>Translations as a form posts them (<c>Translations[fr.Title]</c>) and back, with their errors under the same names.</summary>
public static class TranslationForms
{
    /// <summary>
    /// The posted translations for Core; null when the form sent none (a form without the tabs keeps what is stored).
    /// Languages not in <paramref name="offered"/> (unticked on the same form) are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? ToInput(
        IReadOnlyDictionary<string, string?> posted, IReadOnlyCollection<string>? offered = null)
    {
        if (posted.Count == 0)
        {
            return null;
        }
        return posted
            .Select(p => (At: p.Key.IndexOf('.', StringComparison.Ordinal), p.Key, p.Value))
            .Where(p => p.At > 0 && (offered is null || offered.Contains(p.Key[..p.At])))
            .GroupBy(p => p.Key[..p.At], StringComparer.Ordinal)
            .ToDictionary(g => g.Key,
                g => (IReadOnlyDictionary<string, string>)g.ToDictionary(p => p.Key[(p.At + 1)..], p => p.Value ?? "", StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    public static Dictionary<string, string?> From(Translations translations) =>
        translations.ToDictionary()
            .SelectMany(l => l.Value.Select(f => (Key: $"{l.Key}.{f.Key}", Value: (string?)f.Value)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// Core's errors as inline messages: <c>translations.fr.Title</c> under <c>{prefix}.Translations[fr.Title]</c>,
    /// <c>people.2.translations.fr.Topic</c> under the row <paramref name="row"/> gives for index 2; the rest as usual.
    /// </summary>
    public static void AddErrorsWithTranslations(this ModelStateDictionary modelState, ValidationErrors errors, string prefix,
        IStringLocalizer t, Func<int, string>? row = null, string? translationsPrefix = null)
    {
        var rest = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var name = TranslationName(field, translationsPrefix ?? prefix, row);
            foreach (var message in messages)
            {
                if (name is null)
                {
                    rest.Add(field, message);
                }
                else
                {
                    modelState.AddModelError(name, RuleErrorTexts.Localise(message, t));
                }
            }
        }
        modelState.AddLocalisedErrors(rest, prefix, t);
    }

    private static string? TranslationName(string field, string prefix, Func<int, string>? row)
    {
        const string Marker = TranslationRules.Prefix + ".";
        var at = field.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && field[at - 1] != '.'))
        {
            return null;
        }
        var owner = prefix;
        if (at > 0)
        {
            var parts = field[..(at - 1)].Split('.');
            if (row is null || parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return null;
            }
            owner = row(index);
        }
        var key = field[(at + Marker.Length)..];
        return owner.Length == 0 ? $"Translations[{key}]" : $"{owner}.Translations[{key}]";
    }
}
