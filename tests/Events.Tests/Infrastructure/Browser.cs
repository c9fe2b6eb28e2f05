using Microsoft.Playwright;

namespace Events.Tests.Infrastructure;

/// <summary>Headless Debian Chromium driven by Playwright; no browser download.</summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser instance)
    {
        _playwright = playwright;
        Instance = instance;
    }

    public IBrowser Instance { get; }

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Services.Chromium,
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from reaching out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, browser);
    }

    public async Task<IPage> NewPageAsync(string baseUrl, string locale = "en-GB")
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = locale });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright.Dispose();
    }
}
