using Events.Core.Accounts;
using Events.Core.Email.Previews;
using Events.Tests.Infrastructure;
using Events.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Events.Tests.Email;

[Collection(BrowserCollection.Name)]
public sealed class EmailPreviewBrowserTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public EmailPreviewBrowserTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    /// <summary>Where the screenshots go, to be looked at: EVENTS_TEST_SCREENSHOTS or the temp folder.</summary>
    private static string Screenshots => Environment.GetEnvironmentVariable("EVENTS_TEST_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "events-screenshots");

    [BrowserFact]
    public async Task PreviewPage_ListsEveryKindAndLanguage_AndEachOneRendersInItsSandboxedFrame()
    {
        var url = _app.StartKestrel();
        await PreviewSeed.EventAsync(_app);
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("ines@example.org", "Inès", Roles.Administrator);
        }
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        var start = $"/organiser/events/{PreviewSeed.Slug}/emails";
        await page.GotoAsync("/account/login?returnUrl=" + start);
        await page.FillAsync("#Email", "ines@example.org");
        await page.FillAsync("#Password", password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + start);
        await page.GetByRole(AriaRole.Link, new() { Name = "Preview every email" }).ClickAsync();
        await page.WaitForURLAsync("**/emails/preview");

        var links = await page.Locator("a.preview-link").EvaluateAllAsync<string[][]>(
            "links => links.map(a => [a.dataset.kind, a.dataset.lang, a.getAttribute('href')])");
        Assert.Equal(Enum.GetValues<PreviewKind>().Length * 3, links.Length);
        Assert.Equal(Enum.GetNames<PreviewKind>().SelectMany(k => new[] { "en", "fr", "es" }.Select(l => k + "/" + l)),
            links.Select(l => l[0] + "/" + l[1]));
        Directory.CreateDirectory(Screenshots);
        foreach (var link in links)
        {
            var (kind, language) = (link[0], link[1]);
            await page.GotoAsync(link[2]);
            Assert.Equal("page", await page.Locator($"a.preview-link[data-kind='{kind}'][data-lang='{language}']").GetAttributeAsync("aria-current"));
            Assert.Equal("", await page.Locator("iframe.email-frame").GetAttributeAsync("sandbox"));
            var frame = page.FrameLocator("iframe.email-frame");
            await Assertions.Expect(frame.Locator("body")).ToContainTextAsync(PreviewSeed.InHtml(kind, language));
            if (kind != "ForumBooking") // its subject names the forum
            {
                await Assertions.Expect(page.Locator(".email-subject")).ToContainTextAsync(PreviewSeed.Expected(kind, language));
            }
            if (kind == "Confirmed" && language == "es")
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "email-preview-desktop.png"), FullPage = true });
                await page.SetViewportSizeAsync(390, 844);
                await Assertions.Expect(frame.Locator("h1")).ToBeVisibleAsync();
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "email-preview-390.png"), FullPage = true });
                await page.Locator("iframe.email-frame").ScrollIntoViewIfNeededAsync();
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "email-preview-390-frame.png") });
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "The page scrolls sideways at 390 px.");
                await page.SetViewportSizeAsync(1280, 900);
            }
        }
        // The email's own inline styles apply in the frame (its policy allows them), though the site's does not.
        await page.GotoAsync($"/organiser/events/{PreviewSeed.Slug}/emails/preview/Reminder/fr");
        // (A style attribute the policy refused is not even parsed: h.style would be empty.)
        Assert.True(await page.FrameLocator("iframe.email-frame").Locator("h1").EvaluateAsync<bool>(
            "h => h.style.fontSize !== '' && getComputedStyle(h).fontSize === h.style.fontSize"), "The email's inline styles do not apply in the frame.");
    }
}
