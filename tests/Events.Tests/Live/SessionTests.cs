using Events.Core.Events;
using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class SessionTests
{
    [Fact]
    public async Task ModeratorStartsAdvancesAndEnds_AttendeesFollow()
    {
        await using var live = await LiveFixture.StartAsync();
        var attendee = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var moderator = await live.ModeratorAsync();
        var snapshot = await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var hears = new Inbox(attendee);
        var items = snapshot.Agenda.Select(a => a.Id).ToList();

        Assert.False(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Next));
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Start));
        await hears.WaitForAsync<SessionView>(s => s.Status == "Live" && s.CurrentAgendaItemId == items[0]);
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Next));
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Next));
        await hears.WaitForAsync<SessionView>(s => s.CurrentAgendaItemId == items[2]);
        Assert.False(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Next));
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Previous));
        await hears.WaitForAsync<SessionView>(s => s.CurrentAgendaItemId == items[1]);
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.End));
        await hears.WaitForAsync<SessionView>(s => s.Status == "Ended" && s.CurrentAgendaItemId == null && s.EndedAtUtc != null);

        var closed = await attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Too late?", QuestionAnonymity.Named));
        Assert.Equal(AskError.Closed, closed.Error);
        Assert.Equal(EventStatus.Ended, await live.App.WithDbAsync(db => Task.FromResult(db.Events.Single().Status)));
    }

    [Fact]
    public async Task ChannelsGoOnAir_AndListenersAreCountedPerChannel()
    {
        await using var live = await LiveFixture.StartAsync();
        var french = live.ChannelIds[1];
        var spanish = live.ChannelIds[2];
        var moderator = await live.ModeratorAsync();
        var console = new Inbox(moderator);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana", "fr", french));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben", "es", spanish));
        var anaHears = new Inbox(ana);
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, french);
        await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, spanish);
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == 2 && p.ByChannel.GetValueOrDefault(french) == 1 && p.ByChannel.GetValueOrDefault(spanish) == 1);

        await ben.InvokeAsync("SelectChannel", french);
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == 2 && p.ByChannel.GetValueOrDefault(french) == 2 && !p.ByChannel.ContainsKey(spanish));
        Assert.True(await moderator.InvokeAsync<bool>("SetChannelLive", live.Event.Id, french, true));
        await anaHears.WaitForAsync<ChannelView>(c => c.Id == french && c.IsLive);
        await ben.StopAsync();
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == 1 && p.ByChannel.GetValueOrDefault(french) == 1);

        var snapshot = await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        Assert.True(snapshot.Channels.Single(c => c.Id == french).IsLive);
        Assert.Equal(1, snapshot.Presence!.Total);
    }

    [Fact]
    public async Task ChannelOfAnotherEvent_CannotBeSwitched()
    {
        await using var live = await LiveFixture.StartAsync();
        var other = await live.SeedEventAsync("other-forum");
        var moderator = await live.ModeratorAsync();

        Assert.False(await moderator.InvokeAsync<bool>("SetChannelLive", live.Event.Id, other.Channels[0].Id, true));
        Assert.False(await live.App.WithDbAsync(db => Task.FromResult(db.Channels.Any(c => c.IsLive))));
    }
}
