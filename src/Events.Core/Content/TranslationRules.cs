namespace Events.Core.Content;

/// <summary>
/// Checks and applies the translations an organiser sends with an entity (<c>{"fr": {"Title": "…"}}</c>): only the
/// languages the event is offered in besides its original, only the entity's translatable fields, each within the
/// original field's limit. Errors are named <c>translations.fr.Title</c> (after <see cref="Prefix"/>).
/// </summary>
public sealed class TranslationRules(string originalLanguage, IEnumerable<string> languages)
{
    public const string Prefix = "translations";
    public const string UnknownLanguage = "Not a language this event is offered in.";
    public const string OriginalLanguageGiven = "This is the event's original language: write it in the field itself.";
    public const string UnknownField = "Not a field that can be translated here.";

    private readonly List<string> offered = languages.Distinct(StringComparer.Ordinal).ToList();

    public string OriginalLanguage { get; } = originalLanguage;

    /// <summary>The offered languages other than the original, in the event's order.</summary>
    public IReadOnlyList<string> Targets => offered.Where(l => l != OriginalLanguage).ToList();

    public static TranslationRules For(Event ev) => new(ev.OriginalLanguage, ev.Languages);

    public void Check(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? input, ValidationErrors errors,
        string prefix, params TranslatableField[] fields)
    {
        foreach (var (language, texts) in input ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            var at = $"{prefix}.{language}";
            if (language == OriginalLanguage)
            {
                errors.Add(at, OriginalLanguageGiven);
                continue;
            }
            if (!offered.Contains(language))
            {
                errors.Add(at, UnknownLanguage);
                continue;
            }
            foreach (var (field, text) in texts ?? new Dictionary<string, string>())
            {
                var known = fields.FirstOrDefault(f => f.Accepts(field));
                if (known is null)
                {
                    errors.Add($"{at}.{field}", UnknownField);
                }
                else
                {
                    errors.MaxLength($"{at}.{field}", text?.Trim(), known.Max);
                }
            }
        }
    }

    public void Check(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? input, ValidationErrors errors,
        params TranslatableField[] fields) => Check(input, errors, Prefix, fields);

    /// <summary>Left out (null) keeps what is stored, so a caller that knows nothing of translations wipes none; an object replaces.</summary>
    public static Translations Apply(Translations current, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? input) =>
        input is null ? current : Translations.From(input);
}
