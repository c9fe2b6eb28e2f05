using Events.Core.Attendance;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Attendance;

/// <summary>Attendance from real hub joins and leaves; the rows' times are then set to known minutes.</summary>
public sealed class AttendanceTests
{
    private static readonly DateTime Start = new(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc);

    private static async Task<HubConnection> JoinAsync(LiveFixture live, Registration registration)
    {
        var connection = await live.AttendeeAsync(registration);
        await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        return connection;
    }

    /// <summary>Waits until the hub has recorded every leave, then lists the registration's rows in join order.</summary>
    private static async Task<List<LiveConnection>> ClosedRowsAsync(LiveFixture live, int registrationId, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var rows = await live.App.WithDbAsync(db => db.LiveConnections.Where(c => c.RegistrationId == registrationId).OrderBy(c => c.Id).ToListAsync());
            if (rows.Count == expected && rows.All(r => r.DisconnectedAtUtc is not null))
            {
                return rows;
            }
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"Registration {registrationId} never had {expected} closed connections.");
    }

    private static Task<int> SetTimesAsync(LiveFixture live, long rowId, int fromMinute, int? toMinute) => live.App.WithDbAsync(db =>
        db.LiveConnections.Where(c => c.Id == rowId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ConnectedAtUtc, Start.AddMinutes(fromMinute))
            .SetProperty(c => c.DisconnectedAtUtc, toMinute is null ? null : Start.AddMinutes(toMinute.Value))));

    private static async Task<IReadOnlyDictionary<int, AttendanceRecord>> AttendanceAsync(LiveFixture live)
    {
        using var scope = live.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AttendanceRegister>().ForEventAsync(live.Event.Id, CancellationToken.None);
    }

    [Fact]
    public async Task JoinLeaveRejoin_AddsUp_AndTwoTabsCountOnce()
    {
        await using var live = await LiveFixture.StartAsync();
        var ana = await live.RegisterAsync("Ana", "fr");
        var ben = await live.RegisterAsync("Ben", "es");
        var never = await live.RegisterAsync("Never came");

        var first = await JoinAsync(live, ana);
        await first.StopAsync();
        var again = await JoinAsync(live, ana);
        await again.StopAsync();
        var tab1 = await JoinAsync(live, ben);
        var tab2 = await JoinAsync(live, ben);
        await tab1.StopAsync();
        await tab2.StopAsync();

        var anaRows = await ClosedRowsAsync(live, ana.Id, 2);
        var benRows = await ClosedRowsAsync(live, ben.Id, 2);
        await SetTimesAsync(live, anaRows[0].Id, 0, 4);
        await SetTimesAsync(live, anaRows[1].Id, 10, 17);
        await SetTimesAsync(live, benRows[0].Id, 0, 8);
        await SetTimesAsync(live, benRows[1].Id, 5, 9);

        var attendance = await AttendanceAsync(live);
        Assert.Equal(new AttendanceRecord(ana.Id, Start, Start.AddMinutes(17), 11 * 60, Attended: true), attendance[ana.Id]);
        // Twelve minutes if the tabs were added; nine as a person, under the ten-minute default.
        Assert.Equal(new AttendanceRecord(ben.Id, Start, Start.AddMinutes(9), 9 * 60, Attended: false), attendance[ben.Id]);
        Assert.False(attendance.ContainsKey(never.Id));
    }

    [Fact]
    public async Task EventThreshold_OverridesTheDefault()
    {
        await using var live = await LiveFixture.StartAsync(ev => ev.AttendanceThresholdMinutes = 12);
        var ana = await live.RegisterAsync("Ana");
        await (await JoinAsync(live, ana)).StopAsync();
        var row = Assert.Single(await ClosedRowsAsync(live, ana.Id, 1));
        await SetTimesAsync(live, row.Id, 0, 11);

        var record = (await AttendanceAsync(live))[ana.Id];

        Assert.Equal(11, record.MinutesPresent);
        Assert.False(record.Attended);
    }

    [Fact]
    public async Task OpenConnection_CountsUpToTheEventsEnd_WithNoLastLeave()
    {
        await using var live = await LiveFixture.StartAsync();
        var ana = await live.RegisterAsync("Ana");
        await JoinAsync(live, ana);
        var row = await live.App.WithDbAsync(db => db.LiveConnections.SingleAsync(c => c.RegistrationId == ana.Id));
        Assert.Null(row.DisconnectedAtUtc);
        // The fixture's event ended in 2021: an open row counts up to its end (minute 90), not up to today.
        await SetTimesAsync(live, row.Id, 75, null);

        var record = (await AttendanceAsync(live))[ana.Id];

        Assert.Equal(new AttendanceRecord(ana.Id, Start.AddMinutes(75), null, 15 * 60, Attended: true), record);
    }
}
