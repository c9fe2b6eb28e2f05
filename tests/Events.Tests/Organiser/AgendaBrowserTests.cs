using Events.Core.Demo;
using Events.Tests.Infrastructure;
using Events.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Events.Tests.Organiser;

[Collection(BrowserCollection.Name)]
public sealed class AgendaBrowserTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true" });

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task RemoveAsksFirst_AndMoveUpByKeyboardReordersTheModelEvent()
    {
        var url = _app.StartKestrel();
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("agenda@example.org", "Agenda", Core.Accounts.Roles.Administrator);
        }
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        var login = await page.Context.APIRequest.PostAsync("/api/account/login", new() { DataObject = new { email = "agenda@example.org", password } });
        Assert.True(login.Ok);
        var agenda = $"/organiser/events/{ModelEvent.Slug}/agenda";

        await page.GotoAsync(agenda);
        var items = page.Locator("[data-agenda-item]");
        Assert.Equal(5, await items.CountAsync());

        await items.First.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        var dialog = page.Locator("dialog.confirm-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.StartsWith("Remove “Opening remarks” from the agenda?", await dialog.Locator("p").InnerTextAsync(), StringComparison.Ordinal);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        Assert.Equal(5, await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == ModelEvent.Slug).SelectMany(e => e.AgendaItems).CountAsync()));

        // The panel (second) moves up with the keyboard alone.
        await items.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Move up" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("now starts at");
        Assert.StartsWith("Panel", await items.First.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("16:00–16:45", await items.First.Locator("[data-item-time]").InnerTextAsync());

        await items.Last.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("removed");
        Assert.Equal(4, await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == ModelEvent.Slug).SelectMany(e => e.AgendaItems).CountAsync()));
    }
}
