using System.Text;

namespace Events.Core.FollowUps;

/// <summary>
/// Encodes the five characters that matter in HTML text and attributes, and leaves accented letters as they are:
/// the mail is UTF-8, and a French or Spanish message stays readable in its source.
/// </summary>
public static class Html
{
    public static string Encode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var encoded = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            encoded.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return encoded.ToString();
    }
}
