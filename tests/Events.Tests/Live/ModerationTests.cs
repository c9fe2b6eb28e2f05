using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class ModerationTests
{
    [Fact]
    public async Task AnsweringNow_IsOneAtATime_ThePreviousBecomesAnswered()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var (asker, moderator) = await JoinedAsync(live);
        var first = await AskAsync(asker, "First");
        var second = await AskAsync(asker, "Second");
        var audience = new Inbox(asker);

        await moderator.InvokeAsync("Moderate", live.Event.Id, first, ModerationAction.Answering);
        await moderator.InvokeAsync("Moderate", live.Event.Id, second, ModerationAction.Answering);

        var statuses = await live.App.WithDbAsync(db => Task.FromResult(db.Questions.OrderBy(q => q.Id).Select(q => q.Status).ToList()));
        Assert.Equal([QuestionStatus.Answered, QuestionStatus.Answering], statuses);
        await audience.WaitForAsync<QuestionView>(q => q.Id == first && q.Status == QuestionStatus.Answered && q.AnsweredAtUtc != null);
    }

    [Fact]
    public async Task TwoModeratorsMarkingAnsweringAtOnce_LeaveExactlyOneAnswering()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var (asker, moderator) = await JoinedAsync(live);
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await AskAsync(asker, $"Q{i}"));
        }

        await Task.WhenAll(ids.Select(id => moderator.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Answering)));

        Assert.Equal(1, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Count(q => q.Status == QuestionStatus.Answering))));
    }

    [Fact]
    public async Task DismissHideReopen_MoveQuestionsOutOfAndBackIntoThePublicList()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var (asker, moderator) = await JoinedAsync(live);
        var id = await AskAsync(asker, "Q");
        var audience = new Inbox(asker);

        await moderator.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Dismiss);
        await audience.WaitForAsync<Inbox.Removed>(r => r.QuestionId == id);
        await moderator.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Reopen);
        await audience.WaitForAsync<QuestionView>(q => q.Id == id && q.Status == QuestionStatus.Published);
        await moderator.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Answered);
        await moderator.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Hide);

        var console = await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        Assert.Equal(QuestionStatus.Hidden, console.Questions.Single().Status);
        var attendee = await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Empty(attendee.Questions);
    }

    [Fact]
    public async Task MergingADuplicate_CarriesItsVotes_CountingEachVoterOnce()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var (asker, moderator) = await JoinedAsync(live);
        var target = await AskAsync(asker, "How is data shared?");
        var duplicate = await AskAsync(asker, "Who shares the data?");
        var voters = new List<HubConnection>();
        for (var i = 0; i < 4; i++)
        {
            var voter = await live.AttendeeAsync(await live.RegisterAsync($"Voter {i}"));
            await voter.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
            voters.Add(voter);
        }
        // Voters 0-1 voted for both, 2-3 only for the duplicate.
        foreach (var voter in voters)
        {
            await voter.InvokeAsync<VoteCount?>("Vote", duplicate, true);
        }
        await voters[0].InvokeAsync<VoteCount?>("Vote", target, true);
        await voters[1].InvokeAsync<VoteCount?>("Vote", target, true);
        var audience = new Inbox(voters[0]);

        await moderator.InvokeAsync("Merge", live.Event.Id, duplicate, target);

        var questions = await live.App.WithDbAsync(db => Task.FromResult(db.Questions.OrderBy(q => q.Id).ToList()));
        Assert.Equal(4, questions[0].Votes);
        Assert.Equal((QuestionStatus.Merged, target, 0), (questions[1].Status, questions[1].MergedIntoId, questions[1].Votes));
        await audience.WaitForAsync<Inbox.Removed>(r => r.QuestionId == duplicate);
        await audience.WaitForAsync<QuestionView>(q => q.Id == target && q.Votes == 4);
    }

    [Fact]
    public async Task BlockedAsker_CannotAskAgain_OthersStillCan()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var (asker, moderator) = await JoinedAsync(live);
        var other = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await other.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var id = await AskAsync(asker, "Spam");

        Assert.True(await moderator.InvokeAsync<bool>("BlockAsker", live.Event.Id, id));

        var refused = await asker.InvokeAsync<AskResult>("Ask", new AskRequest("More spam", QuestionAnonymity.Named));
        Assert.Equal(AskError.Blocked, refused.Error);
        Assert.False((await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null)).CanAsk);
        Assert.Null((await other.InvokeAsync<AskResult>("Ask", new AskRequest("Fine", QuestionAnonymity.Named))).Error);
    }

    [Fact]
    public async Task StaffSeeNamesTheAskerKeptFromTheAudience()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var (asker, moderator) = await JoinedAsync(live);
        await asker.InvokeAsync<AskResult>("Ask", new AskRequest("Quiet one", QuestionAnonymity.AnonymousToAudience));

        var console = await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var presenter = await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Presenter, null);

        Assert.Equal("Ana", console.Questions.Single().AskerName);
        Assert.Null(presenter.Questions.Single().AskerName);
    }

    private static async Task<(HubConnection Asker, HubConnection Moderator)> JoinedAsync(LiveFixture live)
    {
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var moderator = await live.ModeratorAsync();
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        return (asker, moderator);
    }

    private static async Task<int> AskAsync(HubConnection asker, string text) =>
        (await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, QuestionAnonymity.Named))).Question!.Id;
}
