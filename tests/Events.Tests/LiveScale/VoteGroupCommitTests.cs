using System.Collections.Concurrent;
using System.Diagnostics;
using Events.Core.Live;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Events.Tests.LiveScale;

/// <summary>
/// Votes written in groups: many at once end exact (rows, count column, every acknowledgement, every page's last
/// coalesced count), a double vote is refused rather than counted, and a question hidden a moment ago takes no vote.
/// </summary>
public sealed class VoteGroupCommitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AThousandConcurrentVotes_FromDistinctParticipants_AreStoredCountedAcknowledgedAndHeardByEveryone()
    {
        const int voters = 1000;
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var clock = Stopwatch.StartNew();
        var crowd = await VoteCrowd.JoinAsync(live, voters);
        var id = await crowd.AskAsync("Which data standards apply?");
        var lastHeard = crowd.Connections.Select(LastCountHeard.On).ToList();

        var started = clock.Elapsed;
        var acks = await Task.WhenAll(crowd.Connections.Select(c => c.InvokeAsync<VoteCount?>("Vote", id, true)));
        var lastAck = clock.Elapsed;

        Assert.All(acks, a => Assert.Equal(id, Assert.IsType<VoteCount>(a).Id));
        Assert.Equal(voters, acks.Max(a => a!.Votes));
        Assert.Equal(voters, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count(v => v.QuestionId == id))));
        Assert.Equal(voters, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == id).Votes)));
        var giveUp = clock.Elapsed + TimeSpan.FromSeconds(15);
        while (lastHeard.Any(l => l.Votes(id) != voters))
        {
            Assert.True(clock.Elapsed < giveUp, $"{lastHeard.Count(l => l.Votes(id) != voters)} pages' last count is not {voters}");
            await Task.Delay(10);
        }
        output.WriteLine($"{voters} votes acknowledged in {(lastAck - started).TotalMilliseconds:F0} ms " +
            $"({voters / (lastAck - started).TotalSeconds:F0} votes/s); every page's last count was {voters} " +
            $"{(clock.Elapsed - lastAck).TotalMilliseconds:F0} ms after the last acknowledgement");
    }

    [Fact]
    public async Task TheSameParticipantVotingTwiceAtOnce_StoresOneVote_AndRefusesTheOther()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var ana = await live.RegisterAsync("Ana");
        var cookies = await live.AdmitAsync(ana);
        // Two tabs of one person: two connections on one session.
        var tabs = new[] { live.Connection(cookies), live.Connection(cookies) };
        foreach (var tab in tabs)
        {
            await tab.StartAsync();
            await tab.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        }
        var id = (await tabs[0].InvokeAsync<AskResult>("Ask", new AskRequest("Who holds the data?", QuestionAnonymity.Named))).Question!.Id;

        var results = await Task.WhenAll(tabs.Select(t => t.InvokeAsync<VoteCount?>("Vote", id, true)));

        Assert.Equal(1, results.Count(r => r is not null));
        Assert.Equal(1, results.Single(r => r is not null)!.Votes);
        Assert.Equal(1, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count(v => v.QuestionId == id))));
        Assert.Equal(1, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == id).Votes)));
    }

    [Fact]
    public async Task AQuestionHiddenJustBefore_RefusesVotes_OnThisInstanceAndOnAnother()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        await using var other = live.AnotherInstance();
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        var chloe = await other.AttendeeAsync(await live.RegisterAsync("Chloé"));
        var dan = await other.AttendeeAsync(await live.RegisterAsync("Dan"));
        foreach (var attendee in new[] { ana, ben, chloe, dan })
        {
            await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        }
        var id = (await ana.InvokeAsync<AskResult>("Ask", new AskRequest("Where is the data kept?", QuestionAnonymity.Named))).Question!.Id;
        // Both instances have seen the question open to votes.
        Assert.Equal(1, (await ana.InvokeAsync<VoteCount?>("Vote", id, true))?.Votes);
        Assert.Equal(2, (await chloe.InvokeAsync<VoteCount?>("Vote", id, true))?.Votes);
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);

        await moderator.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Hide);

        Assert.Null(await ben.InvokeAsync<VoteCount?>("Vote", id, true));
        Assert.Null(await dan.InvokeAsync<VoteCount?>("Vote", id, true));
        Assert.Null(await ana.InvokeAsync<VoteCount?>("Vote", id, false));
        Assert.Equal(2, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count(v => v.QuestionId == id))));
        Assert.Equal(2, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == id).Votes)));
    }

    [Fact]
    public async Task TwoThousandVotes_FromTwoHundredConnections_AreAcknowledgedAtAMeasuredRate_WithoutAnAdmissionReadPerVote()
    {
        const int connections = 200;
        const int questions = 10;
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var crowd = await VoteCrowd.JoinAsync(live, connections);
        var ids = new List<int>();
        for (var i = 0; i < questions; i++)
        {
            ids.Add(await crowd.AskAsync($"Question {i}"));
        }
        using var reads = await RegistrationReads.CountingAsync(live.App.DataDirectory);

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var acks = await Task.WhenAll(crowd.Connections.SelectMany(c => ids.Select(id => c.InvokeAsync<VoteCount?>("Vote", id, true))));
        var elapsed = clock.Elapsed;
        var cpuPerVote = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / acks.Length;
        reads.Counting = false;

        var rate = acks.Length / elapsed.TotalSeconds;
        output.WriteLine($"{acks.Length} votes from {connections} connections acknowledged in {elapsed.TotalMilliseconds:F0} ms: {rate:F0} votes/s (SQLite); " +
            $"process CPU {cpuPerVote.TotalMicroseconds:F0} us per vote (clients included); registrations read {reads.InTransaction} times in vote batches, {reads.Alone} times alone");
        Assert.All(acks, Assert.NotNull);
        Assert.All(ids, id => Assert.Equal(connections, acks.Where(a => a!.Id == id).Max(a => a!.Votes)));
        var stored = await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Where(q => ids.Contains(q.Id)).Select(q => q.Votes).ToList()));
        Assert.All(stored, votes => Assert.Equal(connections, votes));
        Assert.Equal(connections * questions, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count(v => ids.Contains(v.QuestionId)))));
        // The voters' admission is read by the batches, once each, and never by a read of its own per vote.
        Assert.Equal(0, reads.Alone);
        Assert.InRange(reads.InTransaction, 1, acks.Length);
        // Far under the target (2,000/s on a core of its own), so a busy shared two-core machine running the whole suite
        // does not fail it; the figure printed is the measure.
        Assert.True(rate > 150, $"{rate:F0} votes/s");
    }

    /// <summary>The last VotesChanged count one page heard for each question, in arrival order.</summary>
    private sealed class LastCountHeard
    {
        private readonly ConcurrentDictionary<int, int> _last = new();

        public static LastCountHeard On(HubConnection connection)
        {
            var heard = new LastCountHeard();
            connection.On<VoteCounts>(nameof(ILiveClient.VotesChanged), counts =>
            {
                foreach (var count in counts.Questions)
                {
                    heard._last[count.Id] = count.Votes;
                }
            });
            return heard;
        }

        public int Votes(int questionId) => _last.GetValueOrDefault(questionId, -1);
    }
}
