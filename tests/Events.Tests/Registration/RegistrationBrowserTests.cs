using Events.Core.Demo;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

[Collection(BrowserCollection.Name)]
public sealed class RegistrationBrowserTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true" });

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task FormInFrench_InChromium_RegistersAndConfirmsInFrench()
    {
        var url = _app.StartKestrel();
        // The demo event took place in 2021 and registration closes when an event starts: move it years ahead.
        await _app.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == ModelEvent.Slug);
            (ev.StartsAtUtc, ev.EndsAtUtc) = (ev.StartsAtUtc.AddYears(TestData.UpcomingYear - 2021), ev.EndsAtUtc.AddYears(TestData.UpcomingYear - 2021));
            return await db.SaveChangesAsync();
        });
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url, locale: "fr-FR");
        var response = await page.GotoAsync($"/events/{ModelEvent.Slug}");
        Assert.Equal(200, response!.Status);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));

        var name = page.Locator("input[name='Form.Name']");
        Assert.StartsWith("Nom", (await page.Locator("label", new() { Has = name }).InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await name.FillAsync("Amélie Exemple");
        await page.Locator("input[name='Form.Email']").FillAsync("  Amelie@Example.org ");
        await page.Locator("input[name='Form.Consent']").CheckAsync();
        var submit = page.Locator("section.registration-form button[type='submit']");
        Assert.Equal("S'inscrire", (await submit.InnerTextAsync()).Trim());
        await submit.ClickAsync();

        var notice = page.Locator("[data-registered]");
        await notice.WaitForAsync();
        Assert.Equal("Merci. Les détails suivent par courriel.", (await notice.InnerTextAsync()).Trim());
        // The answer is where the person is: the page opens at the form and the message has the focus.
        Assert.EndsWith("#registration", page.Url, StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => document.activeElement?.hasAttribute('data-registered') === true", null, new() { Timeout = 5000 });
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync());
        Assert.Equal("amelie@example.org", saved.Email);
        Assert.Equal("fr", saved.Language);
        Assert.Equal(RegistrationStatus.Confirmed, saved.Status);
    }
}
