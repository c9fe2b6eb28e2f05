using Events.Tests.Infrastructure;
using Events.Tests.LivePages;
using Events.Web.Accounts;
using Events.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Organiser;

[Collection(BrowserCollection.Name)]
public sealed class EventFormBrowserTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task NewForm_ProposesTheSlugWhileTyping_UntilTheSlugIsEdited_AndFillsTheBrowsersZone()
    {
        var baseUrl = _app.StartKestrel();
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("boss@example.org", "Boss", Roles.Administrator);
        }
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(baseUrl);
        await page.SignInAsync("boss@example.org", password, "/organiser/events/new");

        var title = page.Locator("input[name='Form.Title']");
        var slug = page.Locator("input[name='Form.Slug']");
        await title.PressSequentiallyAsync("Sécurité numérique 2030");
        Assert.Equal("securite-numerique-2030", await slug.InputValueAsync());
        Assert.NotEqual("", await page.Locator("input[name='Form.TimeZone']").InputValueAsync());

        await slug.FillAsync("my-forum");
        await slug.DispatchEventAsync("input");
        await title.PressSequentiallyAsync(" bis");
        Assert.Equal("my-forum", await slug.InputValueAsync());
    }
}
