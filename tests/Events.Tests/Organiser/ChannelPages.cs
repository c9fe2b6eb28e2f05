using System.Net;
using System.Text.RegularExpressions;

namespace Events.Tests.Organiser;

/// <summary>Drives the channel, interpreter, glossary and reading pages through their forms, as an organiser would.</summary>
public static partial class ChannelPages
{
    public const string Slug = "forum-2021";
    public const string Base = "/organiser/events/" + Slug;

    [GeneratedRegex("id=\"flash\">([^<]+)</div>")]
    private static partial Regex FlashPattern();

    public static Dictionary<string, string> Interpreter(string name, string email, string from, string into, string channelId = "") => new()
    {
        ["Input.Name"] = name, ["Input.Email"] = email, ["Input.SourceLanguage"] = from, ["Input.TargetLanguage"] = into, ["Input.ChannelId"] = channelId,
    };

    public static async Task NewEventAsync(this HttpClient client) =>
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), await client.TokenAsync("/organiser/events/new"))).StatusCode);

    /// <summary>Posts a page's form to <paramref name="handler"/>; <paramref name="query"/> adds to the query string (id=…&amp;culture=…).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, string handler, Dictionary<string, string> fields, string query = "")
    {
        var url = $"{Base}/{page}";
        return await client.PostFormAsync($"{url}?handler={handler}{(query.Length > 0 ? "&" + query : "")}", fields, await client.TokenAsync(url));
    }

    /// <summary>Posts and expects the redirect back; returns the page it leads to, with its one-time message.</summary>
    public static async Task<string> SaveAsync(this HttpClient client, string page, string handler, Dictionary<string, string> fields, string query = "")
    {
        var response = await client.SubmitAsync(page, handler, fields, query);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetStringAsync(response.Headers.Location!.OriginalString.Split('#')[0]);
    }

    public static string? Flash(string html) => FlashPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;

    /// <summary>The texts in the order the HTML has them; fails if one is missing.</summary>
    public static IReadOnlyList<string> InPageOrder(string html, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
        return texts.OrderBy(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();
    }
}
