using Events.Core.Demo;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed class RegistrationBrowserTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true" });

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task FormInFrench_InChromium_RegistersAndConfirmsInFrench()
    {
        var url = _app.StartKestrel();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url, locale: "fr-FR");
        await page.GotoAsync($"/events/{ModelEvent.Slug}");

        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Amélie Exemple");
        await page.GetByLabel("Adresse e-mail", new() { Exact = true }).FillAsync("  Amelie@Example.org ");
        await page.Locator("input[name='Form.Consent']").CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();

        var notice = page.Locator("[data-registered]");
        await notice.WaitForAsync();
        Assert.Equal("Merci. Les détails suivent par courriel.", (await notice.InnerTextAsync()).Trim());
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync());
        Assert.Equal("amelie@example.org", saved.Email);
        Assert.Equal("fr", saved.Language);
        Assert.Equal(RegistrationStatus.Confirmed, saved.Status);
    }
}
