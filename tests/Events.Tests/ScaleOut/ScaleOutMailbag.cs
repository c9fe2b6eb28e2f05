using System.Text.RegularExpressions;

namespace Events.Tests.ScaleOut;

/// <summary>Counts the drop folder's .eml files per recipient; each file is read once (files are renamed in whole, never changed).</summary>
internal sealed partial class ScaleOutMailbag(string folder)
{
    private readonly Dictionary<string, string> _recipientOf = [];

    public int Unreadable => _recipientOf.Values.Count(r => r.Length == 0);

    public int Files => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Length : 0;

    public Dictionary<string, int> PerRecipient(Func<string, bool> counted)
    {
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml"))
            {
                if (!_recipientOf.ContainsKey(file))
                {
                    _recipientOf[file] = RecipientOf(file);
                }
            }
        }
        return _recipientOf.Values.Where(counted).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
    }

    private static string RecipientOf(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                break; // end of the headers
            }
            if (line.StartsWith("To:", StringComparison.OrdinalIgnoreCase) && Address().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value.ToLowerInvariant();
            }
        }
        return "";
    }

    [GeneratedRegex(@"<?([^\s<>""]+@[^\s<>""]+?)>?\s*$")]
    private static partial Regex Address();
}
