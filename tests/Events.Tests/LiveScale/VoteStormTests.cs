using System.Diagnostics;
using Events.Core.Live;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Events.Tests.LiveScale;

/// <summary>
/// A storm of 1,000 concurrent votes over Kestrel: 250 admitted attendees, each on their own hub connection, vote on
/// four questions at once (one connection per person, as in the room; 1,000 connections would cost the shared test
/// machine more than it tells). Five pages listen: four attendees and a moderator's console.
/// </summary>
public sealed class VoteStormTests(ITestOutputHelper output)
{
    private const int Voters = 250;
    private const int QuestionCount = 4;
    private const int IntervalMs = 250;

    [Fact]
    public async Task VoteStorm_OfAThousandVotes_ReachesEachListenerAsAFewUpdatesASecond_EndingOnTheDatabaseCounts()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After,
            new() { ["Live:FeedIntervalMilliseconds"] = $"{IntervalMs}" });
        var clock = Stopwatch.StartNew();
        var asker = await JoinedAsync(live, "Asker");
        var ids = new List<int>();
        for (var i = 0; i < QuestionCount; i++)
        {
            ids.Add((await asker.InvokeAsync<AskResult>("Ask", new AskRequest($"Storm question {i}", QuestionAnonymity.Named))).Question!.Id);
        }
        var listeners = new List<CountListener>();
        foreach (var name in new[] { "Listener A", "Listener B", "Listener C", "Listener D" })
        {
            var connection = await PatientAsync(live, name);
            listeners.Add(await ListenAsync(live, connection, LiveView.Attendee, clock));
        }
        var moderator = await live.ModeratorAsync();
        moderator.ServerTimeout = TimeSpan.FromMinutes(3);
        listeners.Add(await ListenAsync(live, moderator, LiveView.Console, clock));
        var voters = new HubConnection[Voters];
        await Parallel.ForAsync(0, Voters, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            voters[i] = await JoinedAsync(live, $"Voter {i}"));

        // SQLite makes a writer that finds the database busy sleep on its thread; with 250 voters at once in the same
        // process as their server, the pool would otherwise starve the keep-alives and drop connections mid-storm.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Voters + 50), io);
        var stormStarted = clock.Elapsed;
        var acks = await Task.WhenAll(voters.SelectMany(v => ids.Select(id => v.InvokeAsync<VoteCount?>("Vote", id, true))));
        var lastVote = clock.Elapsed;

        Assert.All(acks, Assert.NotNull);
        var stored = await live.App.WithDbAsync(db => Task.FromResult(
            db.Questions.Where(q => ids.Contains(q.Id)).ToDictionary(q => q.Id, q => q.Votes)));
        Assert.All(ids, id => Assert.Equal(Voters, stored[id]));
        // Each voter's acknowledgement is immediate and its own: the highest per question is the final count.
        Assert.All(ids, id => Assert.Equal(Voters, acks.Where(a => a!.Id == id).Max(a => a!.Votes)));

        var caughtUp = await Task.WhenAll(listeners.Select(l => CaughtUpAsync(l, stored, clock)));
        var slowest = caughtUp.Max() - lastVote;
        output.WriteLine($"storm: {Voters * QuestionCount} votes in {(lastVote - stormStarted).TotalMilliseconds:F0} ms; " +
            $"listeners caught up at most {slowest.TotalMilliseconds:F0} ms after the last vote; VotesChanged per listener: " +
            string.Join(", ", listeners.Select(l => $"{l.Arrivals.Count} (most {l.MostInOneSecond()} in a second)")));
        Assert.True(slowest <= TimeSpan.FromSeconds(1), $"a listener caught up {slowest.TotalMilliseconds:F0} ms after the last vote");
        Assert.All(listeners, l =>
        {
            Assert.Empty(l.Older);
            Assert.InRange(l.MostInOneSecond(), 1, 2 * 1000 / IntervalMs);
        });
    }

    private static async Task<HubConnection> JoinedAsync(LiveFixture live, string name)
    {
        var connection = await PatientAsync(live, name);
        await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        return connection;
    }

    /// <summary>
    /// An attendee's connection that waits longer than the default 30 s for the server: on a shared two-core machine a
    /// storm of a thousand writes can hold back the keep-alive, and this test is about what arrives, not when pings do.
    /// </summary>
    private static async Task<HubConnection> PatientAsync(LiveFixture live, string name)
    {
        var connection = live.Connection(await live.AdmitAsync(await live.RegisterAsync(name)));
        connection.ServerTimeout = TimeSpan.FromMinutes(3);
        await connection.StartAsync();
        return connection;
    }

    private static async Task<CountListener> ListenAsync(LiveFixture live, HubConnection connection, LiveView view, Stopwatch clock)
    {
        var listener = new CountListener(connection, clock);
        listener.Start((await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, view, null)).Questions);
        return listener;
    }

    /// <summary>When the listener's counts first all equal the stored ones (checked every 10 ms, for up to 10 s).</summary>
    private static async Task<TimeSpan> CaughtUpAsync(CountListener listener, IReadOnlyDictionary<int, int> stored, Stopwatch clock)
    {
        var giveUp = clock.Elapsed + TimeSpan.FromSeconds(10);
        while (stored.Any(s => listener.Votes(s.Key) != s.Value))
        {
            Assert.True(clock.Elapsed < giveUp, "a listener never reached the stored counts: " +
                string.Join(", ", stored.Select(s => $"{s.Key}: {listener.Votes(s.Key)} of {s.Value}")));
            await Task.Delay(10);
        }
        return clock.Elapsed;
    }
}
