using System.Net;
using System.Text.RegularExpressions;

namespace Events.Tests.Organiser;

/// <summary>Fetches a page's antiforgery token and posts form fields with it, as a browser would.</summary>
public static partial class OrganiserForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> TokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "No antiforgery token on " + url);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? token)
    {
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static Dictionary<string, string> EventFields(string slug = "forum-2021", string start = "2021-10-26T16:00", string end = "2021-10-26T17:30") => new()
    {
        ["Form.Slug"] = slug,
        ["Form.Title"] = "Protection forum",
        ["Form.Summary"] = "A thematic webinar.",
        ["Form.ExpectedOutcomes"] = "Awareness\r\nNetwork\r\n",
        ["Form.Start"] = start,
        ["Form.End"] = end,
        ["Form.TimeZone"] = "Europe/Paris",
        ["Form.Capacity"] = "",
        ["Form.OrganiserName"] = "Forum team",
        ["Form.OrganiserEmail"] = "team@example.org",
    };
}
