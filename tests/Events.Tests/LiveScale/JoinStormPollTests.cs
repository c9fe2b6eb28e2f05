using System.Collections.Concurrent;
using System.Diagnostics;
using Events.Core.Polls;
using Events.Tests.Live;
using Events.Tests.Polls;
using Events.Web.Live;
using Events.Web.Live.Feeds;
using Events.Web.Polls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Events.Tests.LiveScale;

/// <summary>A room joining while a poll is open: the poll comes from the shared snapshot, its counts from one read per interval.</summary>
public sealed class JoinStormPollTests(ITestOutputHelper output)
{
    private const int Joiners = 300;

    [Fact]
    public async Task JoinStorm_WithAnOpenPoll_ReadsNoPollPerJoin_AndEveryJoinerSeesThePollAndTheCurrentCounts()
    {
        // The timer's flush is pushed far out: the test flushes once itself, so the reads it counts are the joins' own.
        await using var live = await LiveFixture.StartAsync(settings: new() { ["Live:FeedIntervalMilliseconds"] = "10000" });
        var poll = await PollSeed.AddAsync(live.App, live.Event.Id, PollKind.SingleChoice, "Which data standard do you use?", null, false,
            ("HXL", null), ("None yet", null));
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        Assert.True(await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, poll.Id));
        Assert.True(await moderator.InvokeAsync<bool>("SetPollResultsVisible", live.Event.Id, poll.Id, true));
        // Ana's join builds the shared snapshot; her answer changes the counts after it, without a new live version.
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Equal(0, (await ana.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee)).Results.Single().Respondents);
        Assert.Null(await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { poll.Choices[0].Id }));
        var builds = JoinSnapshotTests.Builds(live);

        var connections = new HubConnection[Joiners];
        var heard = new ConcurrentDictionary<int, PollResults>();
        await Parallel.ForAsync(0, Joiners, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var cookies = await live.AdmitAsync(await live.RegisterAsync($"Joiner {i}"));
            HubConnection connection;
            lock (connections)
            {
                connection = live.Connection(cookies);
            }
            connection.ServerTimeout = TimeSpan.FromMinutes(3);
            connection.On<IReadOnlyList<PollResults>>(nameof(ILiveClient.PollResults), list => heard[i] = list.Single());
            await connection.StartAsync(ct);
            connections[i] = connection;
        });
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Joiners + 50), io);
        // Ana's answer has its results pending: sent now, so the storm's reads are the joins' own.
        await live.App.Services.GetRequiredService<LiveFeedFlusher>().FlushAsync(CancellationToken.None);
        using var sql = await SqlCommands.ListenAsync(live.App.DataDirectory);
        sql.Start();

        var clock = Stopwatch.StartNew();
        var states = await Task.WhenAll(connections.Select(async c =>
        {
            await c.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
            return await c.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee);
        }));
        clock.Stop();
        var commands = sql.Stop();

        var polls = SqlCommands.Touching(commands, "Polls") + SqlCommands.Touching(commands, "PollChoices");
        var answers = SqlCommands.Touching(commands, "PollAnswers");
        output.WriteLine($"{Joiners} joins and poll states in {clock.ElapsedMilliseconds} ms: {commands.Count} commands, {polls} on polls, {answers} on answers");
        foreach (var shape in commands.GroupBy(c => string.Join(' ', c.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(12))).OrderByDescending(g => g.Count()).Take(20))
        {
            output.WriteLine($"{shape.Count(),5} {shape.Key}");
        }
        // Before, each state read the polls, their choices and results (five commands per join). Now none: a timer flush
        // that falls in a slow storm (one per 10 s) reads them for the joiners once, in four commands.
        var flushes = (int)(clock.Elapsed.TotalSeconds / 10) + 1;
        Assert.True(polls <= 4 * flushes, $"{polls} commands read the polls for {Joiners} joins in {clock.Elapsed}");
        // The joiner's own answer to the open poll: one point read each on the (poll, key) index.
        Assert.Equal(Joiners, answers);
        Assert.Equal(builds, JoinSnapshotTests.Builds(live));
        Assert.All(states, s =>
        {
            var seen = Assert.Single(s.Polls);
            Assert.Equal((poll.Id, PollStatus.Open, "Which data standard do you use?"), (seen.Id, seen.Status, seen.Question));
            Assert.Empty(s.Mine);
        });

        await live.App.Services.GetRequiredService<LiveFeedFlusher>().FlushAsync(CancellationToken.None);
        await Until(() => heard.Count == Joiners);
        Assert.All(heard.Values, r => Assert.Equal((1, 1), (r.Respondents, r.Choices.Single(c => c.ChoiceId == poll.Choices[0].Id).Count)));
        Assert.True(heard.Values.All(r => r.Version > states[0].Results.Single().Version), "the counts sent are newer than the snapshot's");
    }

    [Fact]
    public async Task PollOpenedAfterTheSnapshotWasBuilt_IsSeenByTheNextJoiner_AndTheOwnAnswerStaysTheirs()
    {
        await using var live = await LiveFixture.StartAsync();
        var first = await PollSeed.AddAsync(live.App, live.Event.Id, PollKind.SingleChoice, "First?", null, false, ("Yes", null), ("No", null));
        var second = await PollSeed.AddAsync(live.App, live.Event.Id, PollKind.SingleChoice, "Second?", null, false, ("Yes", null), ("No", null));
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        Assert.True(await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, first.Id));
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Equal([first.Id], (await ana.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee)).Polls.Select(p => p.Id));
        Assert.Null(await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", first.Id, new[] { first.Choices[1].Id }));
        var builds = JoinSnapshotTests.Builds(live);

        Assert.True(await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, second.Id));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var bens = await ben.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee);
        Assert.True(await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, first.Id));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var anas = await ana.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee);

        // Opening the second closed the first, whose results are kept from attendees: only the second is shown.
        Assert.Equal([(second.Id, PollStatus.Open)], bens.Polls.Select(p => (p.Id, p.Status)));
        Assert.Empty(bens.Mine);
        Assert.Equal([(first.Id, PollStatus.Open)], anas.Polls.Select(p => (p.Id, p.Status)));
        Assert.Equal([first.Choices[1].Id], anas.Mine[first.Id]);
        Assert.Equal(builds + 2, JoinSnapshotTests.Builds(live));
    }

    private static async Task Until(Func<bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "timed out");
            await Task.Delay(50);
        }
    }
}
