using Events.Tests.Infrastructure;

namespace Events.Tests.Email;

/// <summary>Each kind of message opened in Chromium at a desktop client's width and a phone's: the button shows, nothing scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TemplateBrowserTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public TemplateBrowserTests() => _app = new EventsApp(TemplateSamples.Settings(_drop));

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [BrowserFact]
    public async Task EveryKind_At600And375Pixels_ShowsItsButton_WithoutSidewaysScroll()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);
        // With EVENTS_EMAIL_SHOTS set, each rendering is kept as a screenshot there, to be looked at.
        var shots = Environment.GetEnvironmentVariable("EVENTS_EMAIL_SHOTS");
        await using var browser = await Browser.LaunchAsync();
        foreach (var width in new[] { 600, 375 })
        {
            var context = await browser.Instance.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
            var page = await context.NewPageAsync();
            foreach (var sample in samples)
            {
                await page.SetContentAsync(sample.Message.HtmlBody!);
                var button = page.Locator("[data-primary]");
                Assert.True(await button.IsVisibleAsync(), $"{sample} at {width} px: no visible button");
                var box = (await button.BoundingBoxAsync())!;
                Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{sample} at {width} px: the button is cut off");
                Assert.Equal(sample.PrimaryUrl, await button.GetAttributeAsync("href"));
                var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, innerWidth]");
                var (scroll, inner) = (sizes[0], sizes[1]);
                Assert.True(scroll <= inner, $"{sample} at {width} px scrolls sideways ({scroll} > {inner})");
                if (!string.IsNullOrEmpty(shots))
                {
                    Directory.CreateDirectory(shots);
                    await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{sample.Kind}-{sample.Language}-{width}.png"), FullPage = true });
                }
            }
            await context.CloseAsync();
        }
    }
}
