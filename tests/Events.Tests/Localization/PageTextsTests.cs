using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Demo;
using Events.Tests.Infrastructure;
using Events.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Events.Tests.Tokens;

namespace Events.Tests.Localization;

/// <summary>
/// Loads every page the app maps, in English, French and Spanish, as the kind of person it is for, and fails on a
/// raw resource key, a key no table has, or (in French and Spanish) a page text left in English.
/// </summary>
public sealed partial class PageTextsTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true", ["Demo:DaysAhead"] = "14" });

    public void Dispose() => _app.Dispose();

    /// <summary>The product's name, and each language's own name in the switcher, stand so in every language.</summary>
    private static readonly HashSet<string> NotTranslated = ["Events", "English", "Français", "Español"];

    [GeneratedRegex(@"@[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+|\b(Role|Kind|Status|Moderation|Anonymity|Variant)\.[A-Z][A-Za-z]+\b")]
    private static partial Regex RawKey();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptsAndStyles();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{(\w+)\??(:[^}]*)?\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task EveryPage_InEveryLanguage_ShowsNoRawKeyNoMissingTextAndNoEnglishLeftInFrenchOrSpanish()
    {
        var values = await RouteValuesAsync();
        var organiser = await _app.OrganiserAsync();
        var attendee = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var admitted = await attendee.GetAsync($"/r/{values["token"]}/live");
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        var catalog = _app.Services.GetRequiredService<StringCatalog>();
        var content = (await EventContentAsync()).ToHashSet(StringComparer.Ordinal);
        // English page texts that are not also a text of the page's language ("Session" is French too), nor the
        // organiser's own words (the event's content, in the language they wrote it), nor the switcher's own names.
        var englishOnly = SiteLocalization.Languages.Skip(1).ToDictionary(language => language, language =>
        {
            var own = catalog.All(language).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            return catalog.All("en").Select(t => t.Text)
                .Where(en => en.Length > 3 && !en.Contains('{') && !own.Contains(en) && !content.Contains(en) && !NotTranslated.Contains(en))
                .ToHashSet(StringComparer.Ordinal);
        });

        var failures = new List<string>();
        var pages = PageRoutes();
        Assert.Contains("/organiser/events/{slug}/agenda", pages);
        foreach (var route in pages)
        {
            // A forum's pages name the forum by {slug} too.
            var isForum = route.StartsWith("/forums/", StringComparison.Ordinal) || route.StartsWith("/admin/forums/", StringComparison.Ordinal);
            var url = Parameter().Replace(route, m => values.TryGetValue(isForum ? "forumSlug" : m.Groups[1].Value, out var v) ? v
                : throw new InvalidOperationException($"{route}: give the walk a value for {{{m.Groups[1].Value}}}"));
            var client = route.StartsWith("/organiser", StringComparison.Ordinal) || route.StartsWith("/admin", StringComparison.Ordinal)
                || route.EndsWith("/console", StringComparison.Ordinal) || route.EndsWith("/live/captions", StringComparison.Ordinal)
                || route.EndsWith("/present", StringComparison.Ordinal) || route.StartsWith("/moderator", StringComparison.Ordinal)
                ? organiser : attendee;
            var template = url;
            foreach (var language in SiteLocalization.Languages)
            {
                url = template.Replace("{lang}", language, StringComparison.Ordinal);
                var response = await client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "culture=" + language);
                if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
                {
                    continue;
                }
                var expected = route == "/account/denied" ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
                if (response.StatusCode != expected)
                {
                    failures.Add($"{language} {url}: {(int)response.StatusCode}");
                    continue;
                }
                var html = await response.Content.ReadAsStringAsync();
                var text = WebUtility.HtmlDecode(Tag().Replace(ScriptsAndStyles().Replace(html, " "), "\n"));
                foreach (Match raw in RawKey().Matches(text))
                {
                    failures.Add($"{language} {url}: raw key {raw.Value}");
                }
                if (language != "en")
                {
                    failures.AddRange(text.Split('\n').Select(l => l.Trim()).Where(englishOnly[language].Contains).Distinct()
                        .Select(l => $"{language} {url}: English text \"{l}\""));
                }
            }
        }
        failures.AddRange(catalog.Missing.Select(k => $"no table has the key \"{k}\""));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<IEnumerable<string>> EventContentAsync()
    {
        var json = await _app.CreateClient().GetStringAsync($"/api/events/{ModelEvent.Slug}");
        var texts = new List<string>();
        void Walk(System.Text.Json.JsonElement e)
        {
            switch (e.ValueKind)
            {
                case System.Text.Json.JsonValueKind.String: texts.Add(e.GetString()!); break;
                case System.Text.Json.JsonValueKind.Array: foreach (var i in e.EnumerateArray()) { Walk(i); } break;
                case System.Text.Json.JsonValueKind.Object: foreach (var p in e.EnumerateObject()) { Walk(p.Value); } break;
            }
        }
        Walk(System.Text.Json.JsonDocument.Parse(json).RootElement);
        return texts;
    }

    private List<string> PageRoutes() => _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Where(r => r != "/Index" && !r.EndsWith("/logout", StringComparison.OrdinalIgnoreCase))
        .Distinct().Order(StringComparer.Ordinal).ToList();

    private async Task<Dictionary<string, string>> RouteValuesAsync()
    {
        var register = await _app.CreateClient().PostAsJsonAsync($"/api/events/{ModelEvent.Slug}/registrations",
            new { name = "Ana Pérez", email = "ana@example.org", language = "es", consent = true });
        Assert.True(register.IsSuccessStatusCode, await register.Content.ReadAsStringAsync());
        return await _app.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == ModelEvent.Slug);
            return new Dictionary<string, string>
            {
                ["slug"] = ModelEvent.Slug,
                ["forumSlug"] = Events.Core.Demo.DemoForum.Slug,
                // The email previews: one kind, in the language of the page being walked.
                ["kind"] = "Confirmed",
                ["lang"] = "{lang}",
                ["token"] = _app.TokenOf(await db.Registrations.Where(r => r.EventId == ev.Id).FirstAsync()),
                ["id"] = (await db.AgendaItems.Where(a => a.EventId == ev.Id).Select(a => a.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        });
    }
}
