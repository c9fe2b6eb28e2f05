using Events.Core.Live;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Abuse;

/// <summary>The hub's Join and SelectChannel are limited per participant like Ask and Vote, whichever connection calls.</summary>
public sealed class HubLimitTests
{
    [Fact]
    public async Task Join_BeyondTheLimit_IsRefused_AcrossTheParticipantsConnections()
    {
        await using var live = await LiveFixture.StartAsync(settings: new() { ["Live:JoinsPerMinute"] = "3" });
        var cookies = await live.AdmitAsync(await live.RegisterAsync("Ana"));
        var first = live.Connection(cookies);
        var second = live.Connection(cookies);
        await first.StartAsync();
        await second.StartAsync();

        await first.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await first.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await second.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var refused = await Assert.ThrowsAsync<HubException>(() => second.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null));

        Assert.Contains("rate-limited", refused.Message);
        var other = await live.AttendeeAsync(await live.RegisterAsync("Bea"));
        Assert.Equal(live.Event.Id, (await other.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null)).EventId);
    }

    [Fact]
    public async Task SelectChannel_BeyondTheLimit_IsRefused()
    {
        await using var live = await LiveFixture.StartAsync(settings: new() { ["Live:ChannelSwitchesPerMinute"] = "2" });
        var attendee = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        Assert.True(await attendee.InvokeAsync<bool>("SelectChannel", live.ChannelIds[1]));
        Assert.True(await attendee.InvokeAsync<bool>("SelectChannel", live.ChannelIds[2]));
        var refused = await Assert.ThrowsAsync<HubException>(() => attendee.InvokeAsync<bool>("SelectChannel", live.ChannelIds[1]));

        Assert.Contains("rate-limited", refused.Message);
        Assert.Equal(live.ChannelIds[2], await live.App.WithDbAsync(db => Task.FromResult(db.LiveConnections.Single(c => c.DisconnectedAtUtc == null).ChannelId)));
    }
}
