using Events.Core.Live;
using Events.Web.Live;
using Events.Web.Live.Feeds;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Live;

/// <summary>A web instance killed without closing its connection rows: the others close them once it stops beating.</summary>
public sealed class AbandonedConnectionTests
{
    [Fact]
    public async Task Reconcile_ClosesTheRowsOfAnInstanceThatStoppedBeating_AtItsLastBeat_AndKeepsTheLiveOnes()
    {
        await using var live = await LiveFixture.StartAsync(settings: new()
        {
            ["Live:PresenceReconcileSeconds"] = "3600",
            ["Live:InstanceGoneSeconds"] = "60",
        });
        var moderator = await live.ModeratorAsync();
        var console = new Inbox(moderator);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var here = new HubConnection[3];
        for (var i = 0; i < here.Length; i++)
        {
            here[i] = await live.AttendeeAsync(await live.RegisterAsync($"Here {i}"));
            await here[i].InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        }
        var now = live.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var deadSeen = now.AddMinutes(-5);
        await live.App.WithDbAsync(async db =>
        {
            db.LiveInstances.Add(new LiveInstance { Id = "killed", SeenAtUtc = deadSeen });
            db.LiveInstances.Add(new LiveInstance { Id = "alive", SeenAtUtc = now });
            Row(db, live.Event.Id, "killed", 0, now.AddMinutes(-10));
            Row(db, live.Event.Id, "killed", 1, now.AddMinutes(-10));
            Row(db, live.Event.Id, "killed", 2, now.AddMinutes(-8));
            Row(db, live.Event.Id, "alive", 0, now.AddMinutes(-10));
            Row(db, live.Event.Id, "alive", 1, now.AddMinutes(-10));
            // Died before its first beat: old rows of no known instance are closed, a just-opened one is left alone.
            Row(db, live.Event.Id, "never-beat", 0, now.AddMinutes(-10));
            Row(db, live.Event.Id, "starting", 0, now);
            return await db.SaveChangesAsync();
        });

        await live.App.Services.GetRequiredService<PresenceReconciler>().ReconcileAsync(CancellationToken.None);

        // Three here, two on the live instance, one just starting; the killed instance's three and the old orphan are gone.
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == 6);
        var rows = await live.App.WithDbAsync(db => db.LiveConnections.AsNoTracking().Where(c => c.EventId == live.Event.Id && c.Role != ParticipantRole.Staff).ToListAsync());
        Assert.All(rows.Where(r => r.InstanceId == "killed"), r => Assert.Equal(deadSeen, r.DisconnectedAtUtc));
        Assert.All(rows.Where(r => r.InstanceId is "alive" or "starting"), r => Assert.Null(r.DisconnectedAtUtc));
        Assert.NotNull(rows.Single(r => r.InstanceId == "never-beat").DisconnectedAtUtc);
        var ownId = live.App.Services.GetRequiredService<LiveInstanceIdentity>().Id;
        Assert.Equal(3, rows.Count(r => r.InstanceId == ownId && r.DisconnectedAtUtc == null));
        var instances = await live.App.WithDbAsync(db => db.LiveInstances.AsNoTracking().Select(i => i.Id).ToListAsync());
        Assert.Equal(["alive", ownId], instances.OrderBy(i => i == ownId));

        // A row this instance holds is closed as ever when its attendee leaves.
        await here[0].StopAsync();
        await console.WaitForLatestAsync<PresenceView>(p => p.Total == 5);
    }

    private static void Row(Events.Core.Data.EventsDbContext db, int eventId, string instance, int n, DateTime connectedAt) =>
        db.LiveConnections.Add(new LiveConnection
        {
            ConnectionId = $"{instance}-{n}", EventId = eventId, ParticipantKey = $"g:{instance}-{n}",
            Role = ParticipantRole.Attendee, ConnectedAtUtc = connectedAt, InstanceId = instance,
        });
}
