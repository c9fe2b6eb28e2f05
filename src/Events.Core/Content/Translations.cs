using System.Text.Json;

namespace Events.Core.Content;

/// <summary>
/// One entity's attendee-facing texts in the languages other than the one it was written in. The original values stay
/// in the entity's own columns (so every rule and report keeps reading them); this holds the rest, field by field:
/// <c>{"fr": {"Title": "…"}, "es": {…}}</c>. A list field keeps one entry per line: <c>ExpectedOutcomes.0</c>.
/// </summary>
public sealed class Translations
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> byLanguage = new(StringComparer.Ordinal);

    public IEnumerable<string> Languages => byLanguage.Keys;

    public bool IsEmpty => byLanguage.Count == 0;

    public string? Get(string language, string field) =>
        byLanguage.TryGetValue(language, out var fields) && fields.TryGetValue(field, out var text) ? text : null;

    /// <summary>Sets or, for a blank text, removes one field's value in one language.</summary>
    public void Set(string language, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (byLanguage.TryGetValue(language, out var existing) && existing.Remove(field) && existing.Count == 0)
            {
                byLanguage.Remove(language);
            }
            return;
        }
        if (!byLanguage.TryGetValue(language, out var fields))
        {
            fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
            byLanguage[language] = fields;
        }
        fields[field] = text.Trim();
    }

    /// <summary>Replaces a list field's lines in one language; lines past the original's count have nothing to translate.</summary>
    public void SetLines(string language, string field, IReadOnlyList<string> lines, int originalCount)
    {
        if (byLanguage.TryGetValue(language, out var fields))
        {
            foreach (var key in fields.Keys.Where(k => k.StartsWith(field + ".", StringComparison.Ordinal)).ToList())
            {
                Set(language, key, null);
            }
        }
        for (var i = 0; i < Math.Min(lines.Count, originalCount); i++)
        {
            Set(language, LineField(field, i), lines[i]);
        }
    }

    public static string LineField(string field, int index) => $"{field}.{index.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Every value, language → field → text, for an API answer or an export.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ToDictionary() =>
        byLanguage.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(l.Value), StringComparer.Ordinal);

    public static Translations From(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? values)
    {
        var translations = new Translations();
        foreach (var (language, fields) in values ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            foreach (var (field, text) in fields)
            {
                translations.Set(language, field, text);
            }
        }
        return translations;
    }

    public string ToJson() => JsonSerializer.Serialize(byLanguage);

    public static Translations FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Translations();
        }
        var values = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json) ?? [];
        return From(values.ToDictionary(v => v.Key, v => (IReadOnlyDictionary<string, string>)v.Value));
    }

    public Translations Copy() => FromJson(ToJson());
}
