using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Xunit.Abstractions;

namespace Events.Tests.LiveScale;

/// <summary>
/// A vote storm on PostgreSQL through two web instances on one database: every vote counted once, a second tab's
/// double refused, withdrawals taken off, the count column equal to the rows, and a voter cancelled just before
/// the storm refused in the batch that would have written the vote.
/// </summary>
public sealed class PostgresVoteStormTests(ITestOutputHelper output)
{
    private const int VotersPerInstance = 60;
    private const int QuestionCount = 4;

    [PostgresFact]
    public async Task VoteStorm_OnTwoInstances_CountsEachVoteOnce_AndTheCountsAreTheRows()
    {
        Assert.True(Services.Postgres is not null, "EVENTS_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it.");
        var database = "events_votes_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(Services.Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(Services.Postgres) { Database = database, MaxPoolSize = 30 }.ConnectionString;
        try
        {
            await StormAsync(new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = connection });
        }
        finally
        {
            // This test's pool only: other tests run alongside.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connection));
            await using var admin = new NpgsqlConnection(Services.Postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task StormAsync(Dictionary<string, string?> settings)
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After, settings);
        await using var other = live.AnotherInstance();
        var here = await VoteCrowd.JoinAsync(live, VotersPerInstance);
        var there = await VoteCrowd.JoinAsync(other, VotersPerInstance);
        var ids = new List<int>();
        for (var i = 0; i < QuestionCount; i++)
        {
            ids.Add(await here.AskAsync($"Storm question {i}"));
        }
        var cancelled = await live.RegisterAsync("Cancelled voter");
        var cancelledTab = await live.AttendeeAsync(cancelled);
        await cancelledTab.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await live.App.WithDbAsync(db =>
        {
            db.Registrations.Single(r => r.Id == cancelled.Id).Status = RegistrationStatus.Cancelled;
            return db.SaveChangesAsync();
        });
        var voters = here.Connections.Concat(there.Connections).ToList();

        // Each voter on each question, and the first instance's voters a second time at once (their other tab).
        var calls = voters.SelectMany(v => ids.Select(id => v.InvokeAsync<VoteCount?>("Vote", id, true)))
            .Concat(here.Connections.SelectMany(v => ids.Select(id => v.InvokeAsync<VoteCount?>("Vote", id, true)))).ToList();
        var refusedCancelled = ids.Select(id => Assert.ThrowsAsync<HubException>(() => cancelledTab.InvokeAsync<VoteCount?>("Vote", id, true))).ToList();
        var acks = await Task.WhenAll(calls);
        await Task.WhenAll(refusedCancelled);

        var everyone = voters.Count;
        Assert.Equal(everyone * QuestionCount, acks.Count(a => a is not null));
        Assert.Equal(VotersPerInstance * QuestionCount, acks.Count(a => a is null));
        Assert.All(ids, id => Assert.Equal(everyone, acks.Where(a => a?.Id == id).Max(a => a!.Votes)));
        await AssertCountsAreRowsAsync(live, ids, everyone);

        // The second instance's voters withdraw from the first question, all at once.
        var withdrawn = await Task.WhenAll(there.Connections.Select(v => v.InvokeAsync<VoteCount?>("Vote", ids[0], false)));
        Assert.All(withdrawn, Assert.NotNull);
        var counts = await AssertCountsAreRowsAsync(live, ids, null);
        Assert.Equal([VotersPerInstance, .. Enumerable.Repeat(everyone, QuestionCount - 1)], ids.Select(id => counts[id]));
        output.WriteLine($"{calls.Count} votes on two instances (PostgreSQL): {acks.Count(a => a is not null)} counted, {acks.Count(a => a is null)} doubles refused; " +
            $"{withdrawn.Length} withdrawn; counts {string.Join(", ", ids.Select(id => counts[id]))}");
    }

    /// <summary>Each question's count column equals its vote rows (and <paramref name="expected"/> when given); returns them.</summary>
    private static async Task<Dictionary<int, int>> AssertCountsAreRowsAsync(LiveFixture live, List<int> ids, int? expected)
    {
        var counts = await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Where(q => ids.Contains(q.Id)).ToDictionary(q => q.Id, q => q.Votes)));
        var rows = await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Where(v => ids.Contains(v.QuestionId))
            .GroupBy(v => v.QuestionId).ToDictionary(g => g.Key, g => g.Count())));
        Assert.All(ids, id => Assert.Equal(rows.GetValueOrDefault(id), counts[id]));
        if (expected is { } all)
        {
            Assert.All(ids, id => Assert.Equal(all, counts[id]));
        }
        return counts;
    }
}
