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

    [Fact]
    public async Task AttendeePage_WithItsAssets_WeighsUnder150KB()
    {
        var ev = await _app.LiveEventAsync();
        var client = _app.CreateClient();
        var page = await client.GetAsync($"/r/{ev.AttendeeToken}/live");
        var html = await page.Content.ReadAsByteArrayAsync();
        Assert.Contains("live-config", System.Text.Encoding.UTF8.GetString(html), StringComparison.Ordinal);

        var assets = AssetReference().Matches(System.Text.Encoding.UTF8.GetString(html)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("/lib/signalr/signalr.min.js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/js/live/attend.js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/css/", StringComparison.Ordinal));
        var total = html.Length;
        output.WriteLine($"{html.Length,8} bytes  page HTML");
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset);
            response.EnsureSuccessStatusCode();
            var size = (await response.Content.ReadAsByteArrayAsync()).Length;
            output.WriteLine($"{size,8} bytes  {asset}");
            total += size;
        }
        output.WriteLine($"{total,8} bytes  total (budget {Budget})");
        Assert.True(total < Budget, $"The live page and its assets weigh {total} bytes, over the {Budget}-byte budget.");
    }
}
