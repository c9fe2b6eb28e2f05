using Events.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Events.Tests.LivePages;

/// <summary>
/// The console and presenter in Chromium: the words their scripts write in the page's language, asking before a
/// destructive step, and the shared connection module's start-up retry and recovery after a dropped connection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveConsoleBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string ModeratorEmail = "moderator@example.org";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private sealed record Staff(Browser Browser, LiveEvent Event, string Password, string Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Browser.DisposeAsync();
    }

    private async Task<Staff> StaffAsync()
    {
        var url = _app.StartKestrel();
        var ev = await _app.LiveEventAsync();
        var password = await _app.EventModeratorAsync(ev.Id, ModeratorEmail);
        return new Staff(await Browser.LaunchAsync(), ev, password, url);
    }

    private async Task<IPage> PageAsync(Staff s, string locale = "en-GB")
    {
        var page = await s.Browser.NewPageAsync(s.Url, locale);
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text} ({page.Url})");
        return page;
    }

    private async Task<IPage> AttendeeAsync(Staff s)
    {
        var attendee = await PageAsync(s);
        await attendee.GotoAsync($"/r/{s.Event.AttendeeToken}/live");
        await attendee.ConnectedAsync();
        return attendee;
    }

    private static async Task AskAsync(IPage attendee, string text)
    {
        await attendee.Locator("#ask-text").FillAsync(text);
        await attendee.Locator("#ask button[type='submit']").ClickAsync();
        await attendee.Locator("#my-pending .question-text", new() { HasTextString = text }).WaitForAsync();
    }

    private static ILocator Question(IPage page, string container, string text) =>
        page.Locator($"{container} [data-question-id]", new() { Has = page.Locator(".question-text", new() { HasTextString = text }) });

    [BrowserFact]
    public async Task ConsoleAndPresenter_InFrench_WriteTheirWordsInFrench_AndDismissingAsksFirst()
    {
        await using var s = await StaffAsync();
        var console = await PageAsync(s, "fr-FR");
        var presenter = await PageAsync(s, "fr-FR");
        await console.SignInAsync(ModeratorEmail, s.Password, $"/events/{s.Event.Slug}/console");
        await presenter.SignInAsync(ModeratorEmail, s.Password, $"/events/{s.Event.Slug}/present");
        await Task.WhenAll(console.ConnectedAsync(), presenter.ConnectedAsync());
        Assert.Equal("Connecté", await console.Locator("#live-connection").TextContentAsync());
        Assert.Equal("Pas commencée", await console.Locator("#session-status").TextContentAsync());
        Assert.Equal("Connecté", await presenter.Locator("#live-connection").TextContentAsync());
        Assert.Equal("Aucune question en cours de réponse.", await presenter.Locator("#current").TextContentAsync());

        var attendee = await AttendeeAsync(s);
        const string text = "Comment les abris joignent-ils les personnes qui ne parlent pas la langue ?";
        await AskAsync(attendee, text);
        var pending = Question(console, "#pending", text);
        await pending.WaitForAsync();
        Assert.Equal("En attente", await pending.Locator(".status").TextContentAsync());
        Assert.Equal("0 vote", await pending.Locator(".votes").TextContentAsync());
        Assert.Equal(new[] { "Approuver", "Écarter", "Masquer", "Bloquer l’auteur·rice" }, await pending.Locator(".actions button").AllTextContentsAsync());

        // Dismissing asks first; "Annuler" keeps the question and gives the focus back to the button.
        var dismiss = pending.Locator("button[data-action='Dismiss']");
        await dismiss.ClickAsync();
        var dialog = console.Locator("dialog.confirm-dialog[open]");
        await dialog.WaitForAsync();
        Assert.Equal("Écarter cette question ? Elle quittera la liste visible par le public.", await dialog.Locator("p").TextContentAsync());
        Assert.True(await dialog.Locator("button[value='no']").EvaluateAsync<bool>("b => b === document.activeElement"));
        await dialog.Locator("button[value='no']").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.True(await dismiss.EvaluateAsync<bool>("b => b === document.activeElement"));
        Assert.Equal(1, await Question(console, "#pending", text).CountAsync());

        await dismiss.ClickAsync();
        await dialog.Locator("button[value='yes']:text-is('Écarter')").ClickAsync();
        var removed = Question(console, "#removed", text);
        await removed.WaitForAsync();
        Assert.Equal("Écartée", await removed.Locator(".status").TextContentAsync());
        Assert.Equal(0, await Question(console, "#pending", text).CountAsync());
    }

    [BrowserFact]
    public async Task Console_WhenTheHubRefusesItsFirstAttempts_KeepsTryingAndConnects()
    {
        await using var s = await StaffAsync();
        var console = await PageAsync(s);
        var attempts = 0;
        await console.RouteAsync("**/hubs/live/negotiate**", async route =>
        {
            if (Interlocked.Increment(ref attempts) <= 2)
            {
                await route.FulfillAsync(new() { Status = 503, Body = "restarting" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await console.SignInAsync(ModeratorEmail, s.Password, $"/events/{s.Event.Slug}/console");
        await console.ConnectedAsync();
        Assert.True(attempts >= 3, $"{attempts} negotiate attempts");

        var attendee = await AttendeeAsync(s);
        await AskAsync(attendee, "Asked once the console got through");
        await Question(console, "#pending", "Asked once the console got through").WaitForAsync();
    }

    [BrowserFact]
    public async Task Console_AfterItsConnectionDrops_ReconnectsAndCatchesUpOnWhatChangedMeanwhile()
    {
        await using var s = await StaffAsync();
        var console = await PageAsync(s);
        var away = false;
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        // While "away", no request or socket of the hub gets through; otherwise they pass as usual.
        await console.RouteAsync("**/hubs/live**", route => Volatile.Read(ref away) ? route.AbortAsync() : route.ContinueAsync());
        await console.RouteWebSocketAsync("**/hubs/live**", ws =>
        {
            if (Volatile.Read(ref away))
            {
                _ = ws.CloseAsync();
                return;
            }
            lock (sockets)
            {
                sockets.Add((ws, ws.ConnectToServer()));
            }
        });
        await console.SignInAsync(ModeratorEmail, s.Password, $"/events/{s.Event.Slug}/console");
        await console.ConnectedAsync();
        var attendee = await AttendeeAsync(s);

        Volatile.Write(ref away, true);
        List<(IWebSocketRoute Page, IWebSocketRoute Server)> open;
        lock (sockets)
        {
            open = [.. sockets];
        }
        Assert.NotEmpty(open);
        foreach (var (page, server) in open)
        {
            await server.CloseAsync();
            await page.CloseAsync();
        }
        await console.Locator("#live-connection[data-state='reconnecting']").WaitForAsync();
        Assert.Equal("Connection lost, reconnecting…", await console.Locator("#live-connection").TextContentAsync());
        await AskAsync(attendee, "Asked while the console was away");
        await Task.Delay(500);

        Volatile.Write(ref away, false);
        await console.ConnectedAsync();
        await Question(console, "#pending", "Asked while the console was away").WaitForAsync(new() { Timeout = 5_000 });

        // Live again, not only caught up: the next question arrives by push.
        await AskAsync(attendee, "Asked after the console came back");
        await Question(console, "#pending", "Asked after the console came back").WaitForAsync(new() { Timeout = 5_000 });
    }
}
