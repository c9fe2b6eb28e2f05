using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace Events.Web.Localization;

/// <summary>
/// Every page text, read from the tab-separated tables embedded from Resources/Strings/*.tsv
/// (key, English, French, Spanish). One table per feature, so features add texts without touching each other's files.
/// </summary>
public sealed class StringCatalog
{
    private const string Prefix = "Events.Web.Resources.Strings.";
    private readonly FrozenDictionary<string, string[]> _texts;
    private readonly ConcurrentDictionary<string, byte> _missing = new(StringComparer.Ordinal);

    public StringCatalog() : this(ReadEmbeddedTables()) { }

    internal StringCatalog(IEnumerable<(string Source, string Text)> tables)
    {
        var texts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, text) in tables)
        {
            var number = 0;
            foreach (var raw in text.Split('\n'))
            {
                number++;
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                var columns = line.Split('\t');
                if (columns.Length != 1 + SiteLocalization.Languages.Length || columns.Any(string.IsNullOrWhiteSpace))
                {
                    throw new InvalidDataException($"{source}:{number}: expected a key and a text for each of {string.Join(", ", SiteLocalization.Languages)}, tab-separated.");
                }
                if (!origin.TryAdd(columns[0], $"{source}:{number}"))
                {
                    throw new InvalidDataException($"{source}:{number}: the key '{columns[0]}' is already in {origin[columns[0]]}.");
                }
                texts[columns[0]] = columns[1..];
            }
        }
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>Keys asked for that no table has; tests load every page and expect none.</summary>
    public IReadOnlyCollection<string> Missing => _missing.Keys.ToList();

    public string? Find(string key, string language)
    {
        if (!_texts.TryGetValue(key, out var row))
        {
            _missing.TryAdd(key, 0);
            return null;
        }
        var index = Array.IndexOf(SiteLocalization.Languages, language);
        return row[index < 0 ? 0 : index];
    }

    public IEnumerable<(string Key, string Text)> All(string language)
    {
        var index = Math.Max(0, Array.IndexOf(SiteLocalization.Languages, language));
        return _texts.Select(t => (t.Key, t.Value[index]));
    }

    private static IEnumerable<(string, string)> ReadEmbeddedTables()
    {
        var assembly = typeof(StringCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (name[Prefix.Length..], reader.ReadToEnd());
        }
    }
}
