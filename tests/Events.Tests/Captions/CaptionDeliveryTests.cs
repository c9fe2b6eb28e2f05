using Events.Core.Live;
using Events.Tests.Live;
using Events.Web.Captions;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Captions;

public sealed class CaptionDeliveryTests
{
    [Fact]
    public async Task FrenchCaption_ReachesOnlyTheFrenchCaptionAudience()
    {
        await using var live = await LiveFixture.StartAsync();
        var captioner = await live.CaptionerAsync();
        var ana = await live.FollowerAsync("Ana", "fr");
        var ben = await live.FollowerAsync("Ben", "es");
        var cy = await live.FollowerAsync("Cy", null);

        var sent = await captioner.SendAsync(live, "fr", "Bonjour à toutes et à tous.");
        await captioner.SendAsync(live, "es", "Bienvenidas y bienvenidos.");

        Assert.Empty(sent.Errors);
        Assert.Equal("fr", (await ana.Inbox.WaitForAsync("Bonjour à toutes et à tous.")).Language);
        await ben.Inbox.WaitForAsync("Bienvenidas y bienvenidos.");
        // Sent after the French line on the same connection: when Ben has the Spanish one, any French one would be there.
        Assert.Equal(["Bienvenidas y bienvenidos."], ben.Inbox.Texts);
        Assert.Equal(["Bonjour à toutes et à tous."], ana.Inbox.Texts);
        Assert.Empty(cy.Inbox.Texts);
    }

    [Fact]
    public async Task LateFollower_GetsTheRecentLinesOfTheirLanguage_AndStopsWhenTurnedOff()
    {
        await using var live = await LiveFixture.StartAsync();
        var captioner = await live.CaptionerAsync();
        await captioner.SendAsync(live, "fr", "Première ligne\nDeuxième ligne\n\n");
        await captioner.SendAsync(live, "es", "Primera línea");

        var late = await live.FollowerAsync("Dee", "fr");
        Assert.Equal(["Première ligne", "Deuxième ligne"], late.Recent.Select(l => l.Text));
        Assert.Empty(await late.Connection.InvokeAsync<IReadOnlyList<CaptionView>>("FollowCaptions", (string?)null));
        var ana = await live.FollowerAsync("Ana", "fr");
        await captioner.SendAsync(live, "fr", "Dee ne l’entend plus");
        await ana.Inbox.WaitForAsync("Dee ne l’entend plus");
        Assert.Empty(late.Inbox.Texts);
        Assert.Empty(await late.Connection.InvokeAsync<IReadOnlyList<CaptionView>>("FollowCaptions", "de"));
    }

    [Fact]
    public async Task Captioner_CannotModerate_ButAModeratorMayCaption()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var attendee = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var question = (await attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Mine", QuestionAnonymity.Named))).Question!;
        var captioner = await live.CaptionerAsync();

        Assert.Contains("not-allowed", (await Assert.ThrowsAsync<HubException>(
            () => captioner.InvokeAsync("Moderate", live.Event.Id, question.Id, ModerationAction.Hide))).Message);
        Assert.Contains("not-allowed", (await Assert.ThrowsAsync<HubException>(
            () => captioner.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Start))).Message);
        Assert.Contains("not-admitted", (await Assert.ThrowsAsync<HubException>(
            () => captioner.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null))).Message);
        Assert.Equal(QuestionStatus.Published, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single().Status)));

        var moderator = await live.ModeratorAsync();
        Assert.Empty((await moderator.SendAsync(live, "en", "Welcome, everyone.")).Errors);
        Assert.Equal(["Welcome, everyone."], (await moderator.InvokeAsync<IReadOnlyList<CaptionView>>("CaptionConsole", live.Event.Id, "en")).Select(l => l.Text));
    }

    [Fact]
    public async Task CaptionerOfAnotherEvent_CannotSendHere()
    {
        await using var live = await LiveFixture.StartAsync();
        var other = await live.SeedEventAsync("other-forum");
        var captioner = await live.CaptionerAsync(eventId: other.Id);

        Assert.Contains("not-allowed", (await Assert.ThrowsAsync<HubException>(() => captioner.SendAsync(live, "fr", "Intrus"))).Message);
        Assert.Contains("not-allowed", (await Assert.ThrowsAsync<HubException>(
            () => captioner.InvokeAsync<IReadOnlyList<CaptionView>>("CaptionConsole", live.Event.Id, "fr"))).Message);
        Assert.Equal(["lang"], (await captioner.InvokeAsync<CaptionSendResult>("SendCaption", other.Id, "de", "Hallo")).Errors);
        Assert.Equal(0, await live.App.WithDbAsync(db => Task.FromResult(db.CaptionLines.Count())));
    }
}
