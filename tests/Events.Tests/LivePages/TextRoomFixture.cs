using Events.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Events.Tests.LivePages;

/// <summary>
/// One app on Kestrel, one live event and one Chromium for a whole test class: each test opens its own browser
/// context (its own cookies and cache), admitted by the attendee's personal link.
/// </summary>
public sealed class TextRoomFixture : IAsyncLifetime
{
    private Browser? _browser;

    public EventsApp App { get; } = new();

    public string Url { get; private set; } = "";

    internal LiveEvent Event { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Url = App.StartKestrel();
        Event = await App.LiveEventAsync();
    }

    /// <summary>A fresh context admitted by the personal link, with its network wire open, no page loaded yet.</summary>
    internal async Task<(IPage Page, NetworkWire Wire)> AdmittedAsync(string locale = "en-GB")
    {
        // Launched on first use, so a run where Chromium is missing (and the tests skip) does not fail here.
        _browser ??= await Browser.LaunchAsync();
        var page = await _browser.NewPageAsync(Url, locale);
        var admit = await page.Context.APIRequest.GetAsync($"/r/{Event.AttendeeToken}/live", new() { MaxRedirects = 0 });
        Assert.Equal(302, admit.Status);
        return (page, await NetworkWire.OpenAsync(page));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        App.Dispose();
    }
}
