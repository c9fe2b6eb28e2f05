using Events.Core.Live;
using Events.Tests.LiveScale;
using Events.Web.Live;
using Events.Web.Live.Feeds;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Live;

/// <summary>The staff's presence count is adjusted per join and leave, not recounted over the room; a reconcile recounts the rows.</summary>
public sealed class PresenceTallyTests
{
    private const int Joins = 40;
    private const int Leaves = 15;

    [Fact]
    public async Task Presence_AfterJoinsAndLeaves_IsTheDifference_WithoutACount_AndAReconcileCountsAnotherInstancesRow()
    {
        await using var live = await LiveFixture.StartAsync(settings: new() { ["Live:PresenceReconcileSeconds"] = "3600" });
        var (floor, french) = (live.ChannelIds[0], live.ChannelIds[1]);
        var moderator = await live.ModeratorAsync();
        var console = new Inbox(moderator);
        Assert.Equal(0, (await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null)).Presence!.Total);
        var attendees = new HubConnection[Joins];
        for (var i = 0; i < Joins; i++)
        {
            attendees[i] = await live.AttendeeAsync(await live.RegisterAsync($"Attendee {i}"));
        }
        using var sql = await SqlCommands.ListenAsync(live.App.DataDirectory);
        sql.Start();

        await Task.WhenAll(attendees.Select(a => a.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null)));
        await Task.WhenAll(attendees.Take(Leaves).Select(a => a.StopAsync()));
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == Joins - Leaves && p.ByChannel.GetValueOrDefault(floor) == Joins - Leaves);
        var commands = sql.Stop();

        Assert.Equal(Joins, commands.Count(c => c.Contains("INSERT INTO \"LiveConnections\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(commands, c => c.Contains("\"LiveConnections\"", StringComparison.Ordinal) && c.Contains("COUNT", StringComparison.Ordinal));
        Assert.True(console.All<PresenceView>().Count >= 1);

        // A listener on another web instance: its row is in the table, not in this instance's tally.
        await live.App.WithDbAsync(async db =>
        {
            db.LiveConnections.Add(new LiveConnection
            {
                ConnectionId = "elsewhere-1", EventId = live.Event.Id, ParticipantKey = "g:elsewhere", Role = ParticipantRole.Attendee,
                ChannelId = french, ConnectedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        await live.App.Services.GetRequiredService<PresenceReconciler>().ReconcileAsync(CancellationToken.None);
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == Joins - Leaves + 1 && p.ByChannel.GetValueOrDefault(french) == 1);

        // After the reconcile this instance's changes count on top of the recount.
        await attendees[Leaves].StopAsync();
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == Joins - Leaves && p.ByChannel.GetValueOrDefault(floor) == Joins - Leaves - 1);
    }

    [Fact]
    public void Tally_CountsPeopleNotTabs_LeavesStaffOut_AndAddsItsChangesSinceTheReconcileToTheRecount()
    {
        var tally = new PresenceTally();
        tally.Joined("a1", 7, "ana", ParticipantRole.Attendee, 1);
        tally.Joined("a2", 7, "ana", ParticipantRole.Attendee, 1);
        tally.Joined("m1", 7, "mod", ParticipantRole.Staff, null);
        Assert.Null(tally.Figure(7));

        // The recount saw Ana and nine people on other instances, three of them on channel 2.
        Assert.True(tally.Reconcile(7, new PresenceCount(10, new Dictionary<int, int> { [1] = 7, [2] = 3 })));
        Assert.Equal(10, tally.Figure(7)!.Total);
        tally.Joined("b1", 7, "ben", ParticipantRole.Attendee, 2);
        tally.Left("a1");
        Assert.Equal((11, 7, 4), (tally.Figure(7)!.Total, tally.Figure(7)!.ByChannel[1], tally.Figure(7)!.ByChannel[2]));
        tally.Switched("a2", 7, 2);
        tally.Left("m1");
        Assert.Equal((11, 6, 5), (tally.Figure(7)!.Total, tally.Figure(7)!.ByChannel[1], tally.Figure(7)!.ByChannel[2]));
        tally.Left("a2");
        tally.Left("b1");
        // Ana was in the recount and has left; Ben came and went.
        Assert.Equal((9, 6, 3), (tally.Figure(7)!.Total, tally.Figure(7)!.ByChannel[1], tally.Figure(7)!.ByChannel[2]));
        Assert.Equal([7], tally.EventIds);

        // Nobody left here: the event is dropped, and recounted when it is next shown.
        tally.Reconcile(7, new PresenceCount(9, new Dictionary<int, int>()));
        Assert.Empty(tally.EventIds);
        Assert.Null(tally.Figure(7));
    }
}
