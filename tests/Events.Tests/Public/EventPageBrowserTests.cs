using Events.Core.Demo;
using Events.Tests.Infrastructure;

namespace Events.Tests.Public;

[Collection(BrowserCollection.Name)]
public sealed class EventPageBrowserTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true" });

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task EventPage_InAnotherZone_ShowsTheViewersOwnTimeBesideTheEventsTime()
    {
        var url = _app.StartKestrel();
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new() { BaseURL = url, Locale = "es-ES", TimezoneId = "America/Bogota" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/events/{ModelEvent.Slug}");

        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Programa", await page.InnerTextAsync("#agenda"));
        var viewer = page.Locator("[data-viewer-time]");
        await viewer.WaitForAsync();
        // 14:00 UTC is 09:00 in Bogotá (UTC−5).
        Assert.Contains("9:00", await viewer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("America/Bogota", await viewer.InnerTextAsync(), StringComparison.Ordinal);
    }
}
