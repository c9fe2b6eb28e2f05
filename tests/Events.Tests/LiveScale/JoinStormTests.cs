using System.Diagnostics;
using Events.Core.Live;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Events.Tests.LiveScale;

/// <summary>200 admitted attendees, each on their own hub connection over Kestrel, join at the same moment.</summary>
public sealed class JoinStormTests(ITestOutputHelper output)
{
    private const int Joiners = 200;

    [Fact]
    public async Task JoinStorm_OfTwoHundredAttendees_BuildsTheSharedSnapshotOnce_AndEveryoneGetsTheSameQuestions()
    {
        await using var live = await LiveFixture.StartAsync();
        var texts = new[] { "Who funds the shelters?", "How are camps run?", "What about data protection?" };
        var ids = new List<int>();
        foreach (var text in texts)
        {
            ids.Add(await JoinSnapshotTests.PublishedQuestionAsync(live, text));
        }
        var connections = new HubConnection[Joiners];
        await Parallel.ForAsync(0, Joiners, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var connection = live.Connection(await live.AdmitAsync(await live.RegisterAsync($"Joiner {i}")));
            // The storm is about what each gets, not when pings arrive on a shared two-core machine.
            connection.ServerTimeout = TimeSpan.FromMinutes(3);
            await connection.StartAsync(ct);
            connections[i] = connection;
        });
        // SQLite makes a writer that finds the database busy sleep on its thread (each join records its connection).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Joiners + 50), io);
        var builds = JoinSnapshotTests.Builds(live);

        var clock = Stopwatch.StartNew();
        var snapshots = await Task.WhenAll(connections.Select(c => c.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null)));
        clock.Stop();

        output.WriteLine($"{Joiners} joins at once in {clock.ElapsedMilliseconds} ms; snapshots built: {JoinSnapshotTests.Builds(live) - builds}");
        Assert.Equal(builds + 1, JoinSnapshotTests.Builds(live));
        var expected = ids.Zip(texts).ToList();
        Assert.All(snapshots, s =>
        {
            Assert.Equal(expected, s.Questions.Select(q => (q.Id, q.Text)));
            Assert.Equal(QuestionModeration.Before, s.Moderation);
            Assert.True(s.CanAsk);
            Assert.Equal(["Opening remarks", "Panel", "Plenary questions"], s.Agenda.Select(a => a.Title));
        });
    }
}
