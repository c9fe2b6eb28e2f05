using Events.Core.Events;
using Events.Core.Readings;
using Events.Tests.Infrastructure;
using Events.Web.Accounts;
using Events.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Events.Tests.Organiser;

[Collection(BrowserCollection.Name)]
public sealed class ReadingBrowserTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task ReadingsMoveFromTheKeyboard_AndRemovingAsksFirst()
    {
        var url = _app.StartKestrel();
        await _app.WithDbAsync(async db =>
        {
            var start = new DateTime(2030, 6, 4, 14, 0, 0, DateTimeKind.Utc);
            db.Events.Add(new Event
            {
                Slug = "forum-2030", Title = "Protection forum", TimeZoneId = "Europe/Paris", StartsAtUtc = start, EndsAtUtc = start.AddMinutes(90),
                OrganiserName = "Forum team", OrganiserEmail = "team@example.org",
                Readings = [new Reading { Title = "Reading A", Position = 0 }, new Reading { Title = "Reading B", Position = 1 }],
            });
            return await db.SaveChangesAsync();
        });
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("organiser@example.org", "Organiser", Roles.Administrator);
        }
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        await page.GotoAsync("/account/login?returnUrl=/organiser/events/forum-2030/readings");
        await page.FillAsync("#Email", "organiser@example.org");
        await page.FillAsync("#Password", password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/organiser/events/forum-2030/readings");

        await page.GetByRole(AriaRole.Button, new() { Name = "Move down Reading A" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#flash").WaitForAsync();

        Assert.Equal(["Reading B", "Reading A"], await page.Locator(".reading-list .reading-citation").AllInnerTextsAsync() is var texts
            ? texts.Select(t => t.Trim().TrimEnd('.')).ToList() : []);
        Assert.Equal(["Reading B", "Reading A"], await _app.WithDbAsync(db => db.Readings.OrderBy(r => r.Position).Select(r => r.Title).ToListAsync()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Reading A" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("dialog.confirm-dialog");
        Assert.Equal("Remove Reading A from the reading list?", await dialog.Locator("p").InnerTextAsync());
        await page.Keyboard.PressAsync("Enter"); // focus starts on the dialog's Cancel
        Assert.Equal(2, await _app.WithDbAsync(db => db.Readings.CountAsync()));
    }
}
