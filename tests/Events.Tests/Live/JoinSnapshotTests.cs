using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Live;

/// <summary>
/// The audience's part of a join is built once per event, language and live version, and shared; what is the joiner's
/// own, and the vote counts, are read on each join.
/// </summary>
public sealed class JoinSnapshotTests
{
    [Fact]
    public async Task Join_AfterAModeratorApproves_TheNextJoinerSeesTheQuestion_FromOneRebuild()
    {
        await using var live = await LiveFixture.StartAsync();
        var published = await PublishedQuestionAsync(live, "Who funds the shelters?");
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var moderator = await live.ModeratorAsync();
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var pending = (await asker.InvokeAsync<AskResult>("Ask", new AskRequest("How are camps run?", QuestionAnonymity.Named))).Question!;
        var builds = Builds(live);

        var before = await JoinAsync(live, "Ben");
        await moderator.InvokeAsync("Moderate", live.Event.Id, pending.Id, ModerationAction.Approve);
        var after = await JoinAsync(live, "Chloé");
        var later = await JoinAsync(live, "Dan");

        Assert.Equal([published], before.Questions.Select(q => q.Id));
        Assert.Equal([(published, "Who funds the shelters?"), (pending.Id, "How are camps run?")],
            after.Questions.Select(q => (q.Id, q.Text)).OrderBy(q => q.Id));
        Assert.Equal(QuestionStatus.Published, after.Questions.Single(q => q.Id == pending.Id).Status);
        Assert.Equal(after.Questions, later.Questions);
        // Ben joined at the asker's version (a pending question changes nothing shared); the approval rebuilt it once.
        Assert.Equal(builds + 1, Builds(live));
    }

    [Fact]
    public async Task Join_OnAnotherInstance_AfterAnApprovalOnTheFirst_SeesTheQuestion()
    {
        await using var first = await LiveFixture.StartAsync();
        await using var second = first.AnotherInstance();
        var asker = await first.AttendeeAsync(await first.RegisterAsync("Ana"));
        var moderator = await first.ModeratorAsync();
        await asker.InvokeAsync<LiveSnapshot>("Join", first.Event.Id, LiveView.Attendee, null);
        var pending = (await asker.InvokeAsync<AskResult>("Ask", new AskRequest("Across instances?", QuestionAnonymity.Named))).Question!;

        var before = await JoinAsync(second, "Ben");
        await moderator.InvokeAsync("Moderate", first.Event.Id, pending.Id, ModerationAction.Approve);
        var after = await JoinAsync(second, "Chloé");

        Assert.Empty(before.Questions);
        Assert.Equal([pending.Id], after.Questions.Select(q => q.Id));
        Assert.Equal(2, Builds(second));
    }

    [Fact]
    public async Task Join_OwnPendingQuestionAndOwnVote_ReachOnlyTheirOwner_AndEveryJoinerGetsTheCountOfNow()
    {
        await using var live = await LiveFixture.StartAsync();
        var published = await PublishedQuestionAsync(live, "Who funds the shelters?");
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var pending = (await ana.InvokeAsync<AskResult>("Ask", new AskRequest("How are camps run?", QuestionAnonymity.Named))).Question!;
        var vote = await ana.InvokeAsync<VoteCount?>("Vote", published, true);
        var builds = Builds(live);

        var anas = await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var bens = await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        Assert.Equal([pending.Id], anas.MyQuestions.Select(q => q.Id));
        Assert.Equal(QuestionStatus.Pending, anas.MyQuestions[0].Status);
        Assert.Equal([published], anas.MyVotes);
        Assert.Empty(bens.MyQuestions);
        Assert.Empty(bens.MyVotes);
        Assert.All(new[] { anas, bens }, s => Assert.Equal([published], s.Questions.Select(q => q.Id)));
        // The shared part was built before the vote; the count is read on the join, with its version.
        Assert.Equal(builds, Builds(live));
        Assert.All(new[] { anas, bens }, s => Assert.Equal((1, vote!.Version), (s.Questions[0].Votes, s.Questions[0].VotesVersion)));
    }

    [Fact]
    public async Task Join_InFrench_GetsTheFrenchTitleAgendaAndLabels_FromASnapshotOfItsOwn()
    {
        await using var live = await LiveFixture.StartAsync(e =>
        {
            e.Translations.Set("fr", nameof(Core.Events.Event.Title), "Forum sur la protection");
            e.AgendaItems[0].Translations.Set("fr", nameof(Core.Agenda.AgendaItem.Title), "Mot d'ouverture");
            e.Channels[0].Translations.Set("fr", nameof(Core.Interpretation.InterpretationChannel.Label), "Salle");
        });
        var published = await PublishedQuestionAsync(live, "Who funds the shelters?");
        var builds = Builds(live);

        var english = await JoinAsync(live, "Ben");
        var french = await JoinAsync(live, "Chloé", "fr");
        var frenchAgain = await JoinAsync(live, "Dan", "fr");

        Assert.Equal(("Protection forum", "Opening remarks", "Floor", "en"),
            (english.Title, english.Agenda[0].Title, english.Channels[0].Label, english.Language));
        Assert.Equal(("Forum sur la protection", "Mot d'ouverture", "Salle", "fr"),
            (french.Title, french.Agenda[0].Title, french.Channels[0].Label, french.Language));
        Assert.Equal((french.Title, french.Agenda[0].Title), (frenchAgain.Title, frenchAgain.Agenda[0].Title));
        // A question is shown as asked, whoever reads it.
        Assert.All(new[] { english, french }, s => Assert.Equal([(published, "Who funds the shelters?")], s.Questions.Select(q => (q.Id, q.Text))));
        Assert.Equal(builds + 2, Builds(live));
    }

    internal static long Builds(LiveFixture live) => live.App.Services.GetRequiredService<JoinSnapshots>().Builds;

    internal static Task<int> PublishedQuestionAsync(LiveFixture live, string text) => live.App.WithDbAsync(async db =>
    {
        var question = new Question
        {
            EventId = live.Event.Id,
            Kind = PostKind.Question,
            AskerKey = $"g:{Guid.NewGuid():N}",
            Text = text,
            Status = QuestionStatus.Published,
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
        };
        db.Questions.Add(question);
        await db.SaveChangesAsync();
        return question.Id;
    });

    private static async Task<LiveSnapshot> JoinAsync(LiveFixture live, string name, string? language = null)
    {
        var connection = live.Connection(await live.AdmitAsync(await live.RegisterAsync(name, language ?? "en")), language);
        await connection.StartAsync();
        return await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
    }
}
