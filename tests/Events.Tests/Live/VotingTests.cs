using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class VotingTests
{
    [Fact]
    public async Task HundredAttendeesVotingAtOnce_GiveExactCounts_OneVoteEach()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var voters = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            var connection = await live.AttendeeAsync(await live.RegisterAsync($"Voter {i}"));
            await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
            return connection;
        }));
        var asked = await voters[0].InvokeAsync<AskResult>("Ask", new AskRequest("Which data standards apply?", QuestionAnonymity.Named));
        var id = asked.Question!.Id;
        var watcher = new Inbox(voters[1]);

        // Everyone votes twice at once: the second vote of each must not count, and is answered as refused.
        var accepted = await Task.WhenAll(voters.Concat(voters).Select(v => v.InvokeAsync<VoteCount?>("Vote", id, true)));

        Assert.Equal(100, accepted.Count(a => a is not null));
        Assert.Equal(100, await VotesAsync(live, id));
        Assert.Equal(100, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count(v => v.QuestionId == id))));
        Assert.Equal(100, accepted.OfType<VoteCount>().Max(a => a.Votes));
        await watcher.WaitForAsync<VoteCounts>(c => c.Questions.Any(q => q.Id == id && q.Votes == 100));

        await Task.WhenAll(voters.Take(10).Select(v => v.InvokeAsync<VoteCount?>("Vote", id, false)));

        Assert.Equal(90, await VotesAsync(live, id));
        var snapshot = await voters[0].InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Empty(snapshot.MyVotes);
        snapshot = await voters[50].InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Equal([id], snapshot.MyVotes);
        Assert.Equal(90, snapshot.Questions.Single().Votes);
    }

    [Fact]
    public async Task PendingQuestions_CannotBeVotedOn()
    {
        await using var live = await LiveFixture.StartAsync();
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var asked = await ana.InvokeAsync<AskResult>("Ask", new AskRequest("Pending one", QuestionAnonymity.Named));

        Assert.Null(await ben.InvokeAsync<VoteCount?>("Vote", asked.Question!.Id, true));
        Assert.Equal(0, await VotesAsync(live, asked.Question.Id));
    }

    [Fact]
    public async Task Voting_IsRateLimitedPerAttendee()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After,
            new() { ["Live:VotesPerMinute"] = "3" });
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var id = (await ana.InvokeAsync<AskResult>("Ask", new AskRequest("Q", QuestionAnonymity.Named))).Question!.Id;

        var results = new List<VoteCount?>();
        foreach (var up in new[] { true, false, true, false })
        {
            results.Add(await ana.InvokeAsync<VoteCount?>("Vote", id, up));
        }

        Assert.Equal([new(id, 1, 1), new(id, 0, 2), new(id, 1, 3), null], results);
        Assert.Equal(1, await VotesAsync(live, id));
    }

    private static Task<int> VotesAsync(LiveFixture live, int id) =>
        live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == id).Votes));
}
