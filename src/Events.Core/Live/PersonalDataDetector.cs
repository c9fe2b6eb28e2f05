using System.Text.RegularExpressions;

namespace Events.Core.Live;

/// <summary>
/// Spots text that looks like it carries someone's contact details, so the question is held for a moderator.
/// Deliberately eager: a false alarm costs a moderator a click, a published phone number can cost far more.
/// </summary>
public static partial class PersonalDataDetector
{
    private const int PhoneDigitsMin = 8;

    public static bool LooksPersonal(string text) =>
        EmailPattern().IsMatch(text) || PhoneCandidates().Matches(text).Any(m => m.Value.Count(char.IsAsciiDigit) >= PhoneDigitsMin);

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+\s*(@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(\s*(\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+?\d[\d\s().\-/]{5,}\d")]
    private static partial Regex PhoneCandidates();
}
