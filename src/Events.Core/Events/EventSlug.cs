using System.Text;

namespace Events.Core.Events;

/// <summary>Slugs proposed from a title: the server's twin of the form script, for a form sent with the slug left empty.</summary>
public static class EventSlug
{
    public const int MaxLength = 80;

    /// <summary>"Digital technology & anti-trafficking" becomes "digital-technology-anti-trafficking"; accents drop, other scripts give "event".</summary>
    public static string FromTitle(string? title)
    {
        var builder = new StringBuilder();
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength];
            // Cut at a word boundary when there is one, so no word is left half.
            var lastHyphen = slug.LastIndexOf('-');
            slug = (lastHyphen > MaxLength / 2 ? slug[..lastHyphen] : slug).Trim('-');
        }
        return slug.Length == 0 ? "event" : slug;
    }

    /// <summary>The slug with "-2", "-3"… appended, kept within <see cref="MaxLength"/>.</summary>
    public static string WithSuffix(string slug, int number)
    {
        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        return slug[..Math.Min(slug.Length, MaxLength - suffix.Length)].TrimEnd('-') + suffix;
    }
}
