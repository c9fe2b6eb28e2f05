using System.Collections.Concurrent;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Live;
using Events.Core.Reports;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class CommentTests
{
    [Fact]
    public async Task Comment_PreModeration_StaysPendingUntilApproved_ThenReachesTheAudience()
    {
        await using var live = await LiveFixture.StartAsync();
        var author = await JoinAsync(live, "Ana", "fr");
        var other = await JoinAsync(live, "Ben");
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var otherHears = new Heard(other);
        var consoleHears = new Heard(moderator);

        var posted = await author.InvokeAsync<CommentResult>("Comment", new AskRequest("Thanks for the camp figures.", QuestionAnonymity.Named));

        Assert.Null(posted.Error);
        Assert.Equal(QuestionStatus.Pending, posted.Comment!.Status);
        Assert.Equal("Ana", (await consoleHears.WaitAsync(c => c.Id == posted.Comment.Id)).AskerName);
        Assert.Empty((await other.InvokeAsync<CommentsState>("CommentsState")).Comments);
        Assert.Equal([posted.Comment.Id], (await author.InvokeAsync<CommentsState>("CommentsState")).MyComments.Select(c => c.Id));

        await moderator.InvokeAsync("ModerateComment", live.Event.Id, posted.Comment.Id, ModerationAction.Approve);

        var seen = await otherHears.WaitAsync(c => c.Id == posted.Comment.Id);
        Assert.Equal((QuestionStatus.Published, "Thanks for the camp figures.", "Ana", "fr"), (seen.Status, seen.Text, seen.AskerName, seen.Language));
        Assert.Equal([QuestionStatus.Published], otherHears.All.Select(c => c.Status));
        Assert.Equal([posted.Comment.Id], (await other.InvokeAsync<CommentsState>("CommentsState")).Comments.Select(c => c.Id));
        // A comment is not a question: no list of questions carries it.
        Assert.Empty((await other.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null)).Questions);
        Assert.Empty((await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null)).Questions);
    }

    [Fact]
    public async Task Comment_PostModeration_IsPublishedAtOnce_AndAQuestionsModerationCannotTouchIt()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var author = await JoinAsync(live, "Ana");
        var other = await JoinAsync(live, "Ben");
        var moderator = await live.ModeratorAsync();
        var otherHears = new Heard(other);

        var posted = await author.InvokeAsync<CommentResult>("Comment", new AskRequest("Good point on data sharing.", QuestionAnonymity.AnonymousToAudience));

        Assert.Equal(QuestionStatus.Published, posted.Comment!.Status);
        var seen = await otherHears.WaitAsync(c => c.Id == posted.Comment.Id);
        Assert.Null(seen.AskerName);
        await moderator.InvokeAsync("Moderate", live.Event.Id, posted.Comment.Id, ModerationAction.Answering);
        await moderator.InvokeAsync("ModerateComment", live.Event.Id, posted.Comment.Id, ModerationAction.Answering);
        Assert.Equal(QuestionStatus.Published, await StatusAsync(live, posted.Comment.Id));
        await moderator.InvokeAsync("ModerateComment", live.Event.Id, posted.Comment.Id, ModerationAction.Hide);
        Assert.Equal(posted.Comment.Id, await otherHears.RemovedAsync());
        Assert.Empty((await other.InvokeAsync<CommentsState>("CommentsState")).Comments);
    }

    [Theory]
    [InlineData("Write to me at ana.perez@example.org")]
    [InlineData("Call me on +33 6 12 34 56 78")]
    public async Task Comment_WithPersonalData_IsHeldForAModerator(string text)
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var author = await JoinAsync(live, "Ana");
        var other = await JoinAsync(live, "Ben");

        var posted = await author.InvokeAsync<CommentResult>("Comment", new AskRequest(text, QuestionAnonymity.Named));

        Assert.Equal((QuestionStatus.Pending, true), (posted.Comment!.Status, posted.Comment.HeldForPersonalData));
        Assert.Empty((await other.InvokeAsync<CommentsState>("CommentsState")).Comments);
    }

    [Fact]
    public async Task Comment_AnonymousToEveryone_StoresNoName()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var author = await JoinAsync(live, "Ana Pérez");
        var moderator = await live.ModeratorAsync();

        var posted = await author.InvokeAsync<CommentResult>("Comment", new AskRequest("Nobody should know I said this.", QuestionAnonymity.AnonymousToEveryone));

        var stored = await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == posted.Comment!.Id)));
        Assert.Equal((PostKind.Comment, null, null), (stored.Kind, stored.AskerName, stored.RegistrationId));
        var console = await moderator.InvokeAsync<IReadOnlyList<CommentView>>("ConsoleComments", live.Event.Id);
        Assert.Null(console.Single().AskerName);
    }

    [Fact]
    public async Task Comment_MadeAQuestionByAModerator_ReachesTheQuestions_AndIsThenVotable()
    {
        await using var live = await LiveFixture.StartAsync();
        var author = await JoinAsync(live, "Ana");
        var voter = await JoinAsync(live, "Ben");
        var moderator = await live.ModeratorAsync();
        var audience = new Inbox(voter);
        var comments = new Heard(voter);
        var posted = await author.InvokeAsync<CommentResult>("Comment", new AskRequest("What about host communities?", QuestionAnonymity.Named));
        await moderator.InvokeAsync("ModerateComment", live.Event.Id, posted.Comment!.Id, ModerationAction.Approve);
        await comments.WaitAsync(c => c.Id == posted.Comment.Id);

        Assert.Null(await voter.InvokeAsync<VoteCount?>("Vote", posted.Comment.Id, true));
        Assert.False(await AttendeeMakesQuestionAsync(author, live.Event.Id, posted.Comment.Id));
        Assert.True(await moderator.InvokeAsync<bool>("MakeQuestion", live.Event.Id, posted.Comment.Id));

        var question = await audience.WaitForAsync<QuestionView>(q => q.Id == posted.Comment.Id);
        Assert.Equal((QuestionStatus.Published, "What about host communities?", "Ana"), (question.Status, question.Text, question.AskerName));
        Assert.Equal(posted.Comment.Id, await comments.RemovedAsync());
        Assert.Equal([posted.Comment.Id], (await voter.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null)).Questions.Select(q => q.Id));
        Assert.Empty((await voter.InvokeAsync<CommentsState>("CommentsState")).Comments);
        Assert.NotNull(await voter.InvokeAsync<VoteCount?>("Vote", posted.Comment.Id, true));
        Assert.Equal(1, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == posted.Comment.Id).Votes)));
        Assert.False(await moderator.InvokeAsync<bool>("MakeQuestion", live.Event.Id, posted.Comment.Id));
    }

    [Fact]
    public async Task VoteOnAComment_IsRefused_AndCountsNothing()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var author = await JoinAsync(live, "Ana");
        var voter = await JoinAsync(live, "Ben");
        var posted = await author.InvokeAsync<CommentResult>("Comment", new AskRequest("A comment, not a question.", QuestionAnonymity.Named));

        Assert.Null(await voter.InvokeAsync<VoteCount?>("Vote", posted.Comment!.Id, true));

        Assert.Equal(0, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count())));
    }

    [Fact]
    public async Task Comments_ShareTheQuestionsRateLimit()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After,
            new Dictionary<string, string?> { ["Live:QuestionsPerMinute"] = "2" });
        var author = await JoinAsync(live, "Ana");

        Assert.Null((await author.InvokeAsync<AskResult>("Ask", new AskRequest("One question", QuestionAnonymity.Named))).Error);
        Assert.Null((await author.InvokeAsync<CommentResult>("Comment", new AskRequest("One comment", QuestionAnonymity.Named))).Error);
        Assert.Equal(AskError.RateLimited, (await author.InvokeAsync<CommentResult>("Comment", new AskRequest("Too many", QuestionAnonymity.Named))).Error);
    }

    [Fact]
    public async Task Comments_AreInTheQaExport_AndTheReport()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var ana = await JoinAsync(live, "Ana Pérez", "es");
        var moderator = await live.ModeratorAsync();
        await ana.InvokeAsync<AskResult>("Ask", new AskRequest("A question", QuestionAnonymity.Named));
        await ana.InvokeAsync<CommentResult>("Comment", new AskRequest("A *published* comment", QuestionAnonymity.Named));
        var hidden = await ana.InvokeAsync<CommentResult>("Comment", new AskRequest("A hidden comment", QuestionAnonymity.Named));
        await moderator.InvokeAsync("ModerateComment", live.Event.Id, hidden.Comment!.Id, ModerationAction.Hide);
        using var organiser = await live.HttpAsync("organiser@example.org", Roles.Administrator);

        var csv = await organiser.GetStringAsync($"/api/organiser/events/{live.Event.Slug}/questions.csv");
        var md = await organiser.GetStringAsync($"/api/organiser/events/{live.Event.Slug}/questions.md");
        var report = await organiser.GetFromJsonAsync<EventReport>($"/api/organiser/events/{live.Event.Slug}/report");
        var reportCsv = await organiser.GetStringAsync($"/api/organiser/events/{live.Event.Slug}/report.csv");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("question,Published,0,es,", lines[1]);
        Assert.StartsWith("comment,Published,,es,", lines[2]);
        Assert.EndsWith(",Ana Pérez,A *published* comment", lines[2]);
        Assert.Contains("## Comments\n\n- A \\*published\\* comment _(es, Ana Pérez, ", md.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("hidden comment", csv + md);
        Assert.Equal(new QuestionFigures(1, 1, 0), report!.Questions);
        Assert.Equal(new CommentFigures(2, 1), report.Comments);
        Assert.Contains("questions,asked,1\nquestions,approved,1\nquestions,answered,0\ncomments,posted,2\ncomments,published,1\n", reportCsv);
    }

    private static async Task<bool> AttendeeMakesQuestionAsync(HubConnection attendee, int eventId, int commentId)
    {
        try
        {
            return await attendee.InvokeAsync<bool>("MakeQuestion", eventId, commentId);
        }
        catch (HubException)
        {
            return false;
        }
    }

    private static Task<QuestionStatus> StatusAsync(LiveFixture live, int id) =>
        live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single(q => q.Id == id).Status));

    private static async Task<HubConnection> JoinAsync(LiveFixture live, string name, string language = "en")
    {
        var connection = await live.AttendeeAsync(await live.RegisterAsync(name, language));
        await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        return connection;
    }

    /// <summary>What one connection hears of the comments.</summary>
    private sealed class Heard
    {
        private readonly ConcurrentQueue<CommentView> _changed = new();
        private readonly ConcurrentQueue<int> _removed = new();

        public Heard(HubConnection connection)
        {
            connection.On<CommentView>(nameof(ILiveClient.CommentChanged), _changed.Enqueue);
            connection.On<int>(nameof(ILiveClient.CommentRemoved), _removed.Enqueue);
        }

        public IReadOnlyList<CommentView> All => [.. _changed];

        public Task<CommentView> WaitAsync(Func<CommentView, bool> match) => Until(() => _changed.LastOrDefault(match));

        public async Task<int> RemovedAsync()
        {
            await Until(() => _removed.IsEmpty ? null : _removed);
            return _removed.First();
        }

        private static async Task<T> Until<T>(Func<T?> find) where T : class
        {
            for (var waited = 0; waited < 15000; waited += 20)
            {
                if (find() is { } found)
                {
                    return found;
                }
                await Task.Delay(20);
            }
            throw new Xunit.Sdk.XunitException("Nothing matching was heard within 15 s.");
        }
    }
}
