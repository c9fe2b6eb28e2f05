using Events.Core.Accounts;
using Events.Core.Events;
using Events.Tests.Infrastructure;
using Events.Tests.LivePages;
using Events.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Events.Tests.Organiser;

[Collection(BrowserCollection.Name)]
public sealed class TranslationTabsBrowserTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task EventForm_SpanishTabReachedWithTheKeyboard_SavesTheSpanishTitle()
    {
        var baseUrl = _app.StartKestrel();
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("boss@example.org", "Boss", Roles.Administrator);
        }
        await _app.WithDbAsync(async db =>
        {
            var start = new DateTime(2030, 6, 4, 14, 0, 0, DateTimeKind.Utc);
            db.Events.Add(new Event
            {
                Slug = ChannelPages.Slug, Title = "Protection forum", TimeZoneId = "Europe/Paris", StartsAtUtc = start, EndsAtUtc = start.AddMinutes(90),
            });
            return await db.SaveChangesAsync();
        });
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(baseUrl);
        await page.SignInAsync("boss@example.org", password, $"{ChannelPages.Base}/edit");

        var english = page.GetByRole(AriaRole.Tab, new() { Name = "English" });
        Assert.Equal("true", await english.GetAttributeAsync("aria-selected"));
        Assert.False(await page.Locator("input[name='Form.Translations[es.Title]']").IsVisibleAsync());
        await english.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        var spanish = page.GetByRole(AriaRole.Tab, new() { Name = "Español" });
        Assert.Equal("true", await spanish.GetAttributeAsync("aria-selected"));
        Assert.True(await spanish.EvaluateAsync<bool>("tab => tab === document.activeElement"));
        Assert.False(await page.Locator("input[name='Form.Title']").IsVisibleAsync());
        Assert.True(await spanish.Locator(".language-tab-mark").IsVisibleAsync());

        await page.Locator("input[name='Form.Translations[es.Title]']").FillAsync("Foro de protección");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**{ChannelPages.Base}");

        Assert.Equal("Foro de protección", await _app.WithDbAsync(async db => (await db.Events.SingleAsync()).Translations.Get("es", "Title")));
    }
}
