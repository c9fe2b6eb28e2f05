using System.Text.RegularExpressions;
using Events.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Events.Tests.LivePages;

/// <summary>The attendee page must stay light for poor connections: HTML plus every asset it loads, uncompressed.</summary>
public sealed partial class LivePageWeightTests(ITestOutputHelper output) : IDisposable
{
    private const int Budget = 150_000;
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("<(?:script|link|img|source|audio)\\b[^>]*?\\b(?:src|href)=\"(/[^/\"][^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReference();

    // Module scripts load the modules they import: count those too.
    [GeneratedRegex("(?:\\bfrom|\\bimport)\\s*\"(\\./[^\"]+)\"")]
    private static partial Regex ModuleImport();

    [Fact]
    public async Task AttendeePage_WithItsAssets_WeighsUnder150KB()
    {
        var ev = await _app.LiveEventAsync();
        var client = _app.CreateClient();
        var page = await client.GetAsync($"/r/{ev.AttendeeToken}/live");
        var html = await page.Content.ReadAsByteArrayAsync();
        Assert.Contains("live-config", System.Text.Encoding.UTF8.GetString(html), StringComparison.Ordinal);

        var assets = AssetReference().Matches(System.Text.Encoding.UTF8.GetString(html)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        // Fingerprinted by MapStaticAssets: /js/live/attend.{hash}.js, /lib/signalr/signalr.min.{hash}.js.
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^/lib/signalr/signalr\.min(\.[a-z0-9]+)?\.js"));
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^/js/live/attend(\.[a-z0-9]+)?\.js"));
        Assert.Contains(assets, a => a.StartsWith("/css/", StringComparison.Ordinal));
        var total = html.Length;
        output.WriteLine($"{html.Length,8} bytes  page HTML");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(assets);
        while (queue.TryDequeue(out var asset))
        {
            var path = asset.Split('?')[0];
            if (!seen.Add(path))
            {
                continue;
            }
            var response = await client.GetAsync(asset);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            output.WriteLine($"{body.Length,8} bytes  {path}");
            total += body.Length;
            if (path.EndsWith(".js", StringComparison.Ordinal))
            {
                foreach (Match import in ModuleImport().Matches(System.Text.Encoding.UTF8.GetString(body)))
                {
                    queue.Enqueue(new Uri(new Uri("http://x" + path), import.Groups[1].Value).AbsolutePath);
                }
            }
        }
        Assert.Contains("/js/live/connection.js", seen);
        output.WriteLine($"{total,8} bytes  total (budget {Budget})");
        Assert.True(total < Budget, $"The live page and its assets weigh {total} bytes, over the {Budget}-byte budget.");
    }
}
