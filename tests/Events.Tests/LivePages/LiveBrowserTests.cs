using System.Diagnostics;
using Events.Core.Polls;
using Events.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Events.Tests.LivePages;

/// <summary>
/// The three live pages in headless Chromium, each in its own browser context (its own cookies): the attendee
/// admitted by personal link, the moderator signed in, and the presenter view.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string ModeratorEmail = "moderator@example.org";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private sealed record Session(Browser Browser, LiveEvent Event, IPage Attendee, IPage Console, IPage Presenter) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Browser.DisposeAsync();
    }

    /// <summary><paramref name="before"/> seeds what the pages must find on their first join.</summary>
    private async Task<Session> OpenAsync(Func<LiveEvent, Task>? before = null)
    {
        var url = _app.StartKestrel();
        var ev = await _app.LiveEventAsync();
        if (before is not null)
        {
            await before(ev);
        }
        var password = await _app.EventModeratorAsync(ev.Id, ModeratorEmail);
        var browser = await Browser.LaunchAsync();
        var attendee = await browser.NewPageAsync(url);
        var console = await browser.NewPageAsync(url);
        var presenter = await browser.NewPageAsync(url);
        foreach (var page in new[] { attendee, console, presenter })
        {
            page.PageError += (_, error) => output.WriteLine($"page error: {error}");
            page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text} ({page.Url})");
        }
        await attendee.GotoAsync($"/r/{ev.AttendeeToken}/live");
        Assert.EndsWith($"/events/{ev.Slug}/live", attendee.Url, StringComparison.Ordinal);
        await console.SignInAsync(ModeratorEmail, password, $"/events/{ev.Slug}/console");
        await presenter.SignInAsync(ModeratorEmail, password, $"/events/{ev.Slug}/present");
        await Task.WhenAll(attendee.ConnectedAsync(), console.ConnectedAsync(), presenter.ConnectedAsync());
        return new Session(browser, ev, attendee, console, presenter);
    }

    private static async Task AskAsync(IPage attendee, string text)
    {
        await attendee.Locator("#ask-text").FillAsync(text);
        await attendee.Locator("#ask button[type='submit']").ClickAsync();
    }

    private static ILocator Question(IPage page, string container, string text) =>
        page.Locator($"{container} [data-question-id]", new() { Has = page.Locator(".question-text", new() { HasTextString = text }) });

    [BrowserFact]
    public async Task AttendeeAsks_ModeratorApprovesAndMarksAnswering_AttendeeAndPresenterSeeItWithinASecond()
    {
        await using var s = await OpenAsync();
        const string text = "How do shelters reach people who do not speak the local language?";

        await AskAsync(s.Attendee, text);
        await Question(s.Attendee, "#my-pending", text).WaitForAsync();
        Assert.Equal(0, await Question(s.Attendee, "#questions", text).CountAsync());

        var pending = Question(s.Console, "#pending", text);
        await pending.WaitForAsync();
        Assert.Equal("Ana Attendee", await pending.Locator(".asker").TextContentAsync());
        await pending.Locator("button[data-action='Approve']").ClickAsync();
        var published = Question(s.Attendee, "#questions", text);
        await published.WaitForAsync();
        Assert.Equal(0, await Question(s.Attendee, "#my-pending", text).CountAsync());
        Assert.Equal("New", await published.Locator(".status").TextContentAsync());
        Assert.Equal("FR", await published.Locator(".language").TextContentAsync());

        // The attendee's own vote toggles.
        var vote = published.Locator("button.vote");
        await vote.ClickAsync();
        await published.Locator("button.vote[aria-pressed='true'] .count:text-is('1')").WaitForAsync();

        var answering = Question(s.Console, "#published", text).Locator("button[data-action='Answering']");
        var clock = Stopwatch.StartNew();
        await answering.ClickAsync();
        await Task.WhenAll(
            s.Attendee.Locator("#questions [data-status='Answering'] .question-text", new() { HasTextString = text }).WaitForAsync(),
            s.Presenter.Locator("#current .question-text", new() { HasTextString = text }).WaitForAsync());
        clock.Stop();
        output.WriteLine($"'Answering now' reached the attendee and the presenter {clock.ElapsedMilliseconds} ms after the moderator's click.");
        Assert.True(clock.ElapsedMilliseconds < 1000, $"Took {clock.ElapsedMilliseconds} ms");
        Assert.Equal("Answering now", await s.Attendee.Locator($"#questions [data-status='Answering'] .status").TextContentAsync());
        Assert.Equal("Ana Attendee", await s.Presenter.Locator("#current .asker").TextContentAsync());
    }

    [BrowserFact]
    public async Task QuestionMadeOfMarkup_IsInertText_OnAttendeeConsoleAndPresenter()
    {
        await using var s = await OpenAsync();
        const string payload = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

        await AskAsync(s.Attendee, payload);
        await Question(s.Attendee, "#my-pending", "window.__xss=1").WaitForAsync();
        var pending = Question(s.Console, "#pending", "window.__xss=1");
        await pending.WaitForAsync();
        await pending.Locator("button[data-action='Approve']").ClickAsync();
        await Question(s.Presenter, "#top", "window.__xss=1").WaitForAsync();
        await Question(s.Console, "#published", "window.__xss=1").Locator("button[data-action='Answering']").ClickAsync();
        await Question(s.Presenter, "#current", "window.__xss=1").WaitForAsync();
        await Question(s.Attendee, "#questions", "window.__xss=1").WaitForAsync();

        // A comment of markup too: approved in the console, it reaches the presenter's comments live, as text.
        await s.Attendee.Locator("#comment-text").FillAsync(payload);
        await s.Attendee.Locator("#comment button[type='submit']").ClickAsync();
        var comment = s.Console.Locator("#comments-pending [data-comment-id]", new() { HasTextString = "window.__xss=1" });
        await comment.Locator("button[data-comment-action='Approve']").ClickAsync();
        await s.Presenter.Locator("#comments [data-comment-id]").WaitForAsync();

        foreach (var (page, container) in new[] { (s.Attendee, "#questions"), (s.Console, "#published"), (s.Presenter, "#current"), (s.Presenter, "#comments") })
        {
            Assert.Equal(payload, await page.Locator($"{container} .question-text").First.TextContentAsync());
            Assert.Equal(0, await page.Locator($"{container} script, {container} img").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), $"window.__xss was set on {page.Url}");
        }
        Assert.Equal("Ana Attendee", await s.Presenter.Locator("#comments .asker").TextContentAsync());
    }

    [BrowserFact]
    public async Task Poll_OpenedInTheConsole_AnsweredByTheAttendee_CountsOnThePresenter_AndClosesForTheAttendee()
    {
        var pollId = 0;
        await using var s = await OpenAsync(ev => _app.WithDbAsync(async db =>
        {
            var poll = new Poll
            {
                EventId = ev.Id, Kind = PollKind.SingleChoice, Question = "Which data standard do you use?",
                Choices = [new PollChoice { Text = "HXL", Position = 0 }, new PollChoice { Text = "None yet", Position = 1 }],
            };
            db.Polls.Add(poll);
            await db.SaveChangesAsync();
            return pollId = poll.Id;
        }));
        var inConsole = s.Console.Locator($"#poll-list [data-poll-id='{pollId}']");
        Assert.Equal(0, await s.Attendee.Locator("#polls .poll").CountAsync());

        await inConsole.Locator("button:text-is('Open poll')").ClickAsync();
        var answer = s.Attendee.Locator("#polls form.poll-answer");
        await answer.Locator("label", new() { HasTextString = "HXL" }).Locator("input").CheckAsync();
        await answer.Locator("button[type='submit']").ClickAsync();
        await answer.Locator("[role='status']:text-is('Your answer is recorded. You can change it while the poll is open.')").WaitForAsync();

        var bar = s.Presenter.Locator("#polls .poll-bar", new() { Has = s.Presenter.Locator(".poll-bar-label:text-is('HXL')") });
        await bar.Locator(".poll-bar-count:text-is('1')").WaitForAsync();
        Assert.Equal("Which data standard do you use?", await s.Presenter.Locator("#polls .poll-question").TextContentAsync());
        Assert.Equal("0", await s.Presenter.Locator("#polls .poll-bar", new() { HasTextString = "None yet" }).Locator(".poll-bar-count").TextContentAsync());
        Assert.Equal("1 answered", await s.Presenter.Locator("#polls .poll-meta").TextContentAsync());

        // Shown to attendees, then closed: the attendee's form gives way to the closed poll and its results.
        await inConsole.Locator("input[type='checkbox']").CheckAsync();
        await s.Attendee.Locator("#polls .poll-results").WaitForAsync();
        await inConsole.Locator("button:text-is('Close poll')").ClickAsync();
        await s.Attendee.Locator("#polls .poll-meta:text-is('This poll is closed.')").WaitForAsync();
        Assert.Equal(0, await answer.CountAsync());
        // The closed poll's results arrive with the next coalesced update, not with the close itself.
        await s.Attendee.Locator("#polls .poll-bar", new() { HasTextString = "HXL" }).Locator(".poll-bar-count:text-is('1')").WaitForAsync();
        await inConsole.Locator("button:text-is('Open poll')").WaitForAsync();
    }

    [BrowserFact]
    public async Task SwitchingChannel_ChangesThePlayer_AndTheConsoleCountFollows()
    {
        await using var s = await OpenAsync();
        var ev = s.Event;
        Assert.Equal(ev.FrenchId.ToString(System.Globalization.CultureInfo.InvariantCulture), await s.Attendee.Locator("#channel").InputValueAsync());
        Assert.Equal(LiveEvent.FrenchStream, await s.Attendee.Locator("#player audio").GetAttributeAsync("src"));
        await ListenersAsync(s.Console, ev.FrenchId, 1);
        await ListenersAsync(s.Console, ev.SpanishId, 0);

        await s.Attendee.Locator("#channel").SelectOptionAsync(ev.SpanishId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(LiveEvent.SpanishRoom, await s.Attendee.Locator("#player a").GetAttributeAsync("href"));
        Assert.Equal(0, await s.Attendee.Locator("#player audio").CountAsync());
        await ListenersAsync(s.Console, ev.SpanishId, 1);
        await ListenersAsync(s.Console, ev.FrenchId, 0);

        await s.Attendee.Locator("#channel").SelectOptionAsync(ev.FloorId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(LiveEvent.FloorStream, await s.Attendee.Locator("#player audio").GetAttributeAsync("src"));
        await ListenersAsync(s.Console, ev.FloorId, 1);
        Assert.Equal("1", await s.Console.Locator("#presence-total").TextContentAsync());

        // Putting the channel on air in the console shows on the attendee's page.
        Assert.Equal("Off air", await s.Attendee.Locator("#channel-air").TextContentAsync());
        await s.Console.Locator($"button[data-channel='{ev.FloorId}']").ClickAsync();
        await s.Attendee.Locator("#channel-air.on-air").WaitForAsync();
        Assert.Equal("On air", await s.Attendee.Locator("#channel-air").TextContentAsync());
    }

    private static Task ListenersAsync(IPage console, int channelId, int count) =>
        console.Locator($"#channels tr[data-channel-id='{channelId}'] td.listeners:text-is('{count}')").WaitForAsync(new() { Timeout = 5_000 });
}
