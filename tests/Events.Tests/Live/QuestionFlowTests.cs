using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class QuestionFlowTests
{
    [Fact]
    public async Task PreModeration_QuestionReachesEveryAttendee_OnlyAfterApproval()
    {
        await using var live = await LiveFixture.StartAsync();
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana", "fr"));
        var others = new[] { await live.AttendeeAsync(await live.RegisterAsync("Ben")), await live.AttendeeAsync(await live.RegisterAsync("Chloé", "es")) };
        var moderator = await live.ModeratorAsync();
        var othersHear = others.Select(c => new Inbox(c)).ToList();
        var askerHears = new Inbox(asker);
        var consoleHears = new Inbox(moderator);
        foreach (var c in others.Append(asker))
        {
            await c.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        }
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest("How do we protect survivors' data?", QuestionAnonymity.Named));

        Assert.Null(asked.Error);
        Assert.Equal(QuestionStatus.Pending, asked.Question!.Status);
        Assert.Equal("fr", asked.Question.Language);
        var pending = await consoleHears.WaitForAsync<QuestionView>(q => q.Id == asked.Question.Id);
        Assert.Equal("Ana", pending.AskerName);
        Assert.Equal(QuestionStatus.Pending, (await askerHears.WaitForAsync<Inbox.Mine>(m => m.Question.Id == asked.Question.Id)).Question.Status);

        await moderator.InvokeAsync("Moderate", live.Event.Id, asked.Question.Id, ModerationAction.Approve);

        // A connection hears in order: had the pending question gone out, it would be here before the approval.
        foreach (var inbox in othersHear)
        {
            var seen = await inbox.WaitForAsync<QuestionView>(q => q.Id == asked.Question.Id);
            Assert.Equal(QuestionStatus.Published, seen.Status);
            Assert.Equal("How do we protect survivors' data?", seen.Text);
            Assert.Equal("Ana", seen.AskerName);
            Assert.Equal([QuestionStatus.Published], inbox.All<QuestionView>().Select(q => q.Status));
            // Nor its removal: a question never public is removed from no one (a message to every attendee per question asked).
            Assert.Empty(inbox.All<Inbox.Removed>());
        }
    }

    [Fact]
    public async Task PostModeration_QuestionIsPublishedAtOnce()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var other = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        var otherHears = new Inbox(other);
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await other.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest("  What works in camps?  ", QuestionAnonymity.AnonymousToAudience));

        var seen = await otherHears.WaitForAsync<QuestionView>(q => q.Id == asked.Question!.Id);
        Assert.Equal(QuestionStatus.Published, seen.Status);
        Assert.Equal("What works in camps?", seen.Text);
        Assert.Null(seen.AskerName);
    }

    [Theory]
    [InlineData("Call me on +33 6 12 34 56 78 after the session")]
    [InlineData("Write to ana.perez@example.org please")]
    [InlineData("my number is 0612345678")]
    public async Task QuestionWithContactDetails_IsHeld_EvenInPostModeration(string text)
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var other = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        var moderator = await live.ModeratorAsync();
        var otherHears = new Inbox(other);
        var consoleHears = new Inbox(moderator);
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await other.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, QuestionAnonymity.Named));

        Assert.Equal(QuestionStatus.Pending, asked.Question!.Status);
        Assert.True(asked.Question.HeldForPersonalData);
        Assert.True((await consoleHears.WaitForAsync<QuestionView>(q => q.Id == asked.Question.Id)).HeldForPersonalData);

        // An ordinary question asked afterwards is published at once; the held one, had it gone out, would be heard first.
        var later = await asker.InvokeAsync<AskResult>("Ask", new AskRequest("What works in camps?", QuestionAnonymity.Named));
        await otherHears.WaitForAsync<QuestionView>(q => q.Id == later.Question!.Id);
        Assert.Equal([later.Question!.Id], otherHears.All<QuestionView>().Select(q => q.Id));
    }

    [Theory]
    [InlineData("What did the 2021 report find about 3 regions?")]
    [InlineData("Is 1,500 a realistic figure for 2022?")]
    public async Task OrdinaryNumbers_AreNotHeld(string text)
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, QuestionAnonymity.Named));

        Assert.Equal(QuestionStatus.Published, asked.Question!.Status);
        Assert.False(asked.Question.HeldForPersonalData);
    }

    [Theory]
    [InlineData("", QuestionAnonymity.Named, AskError.Empty)]
    [InlineData("   ", QuestionAnonymity.Named, AskError.Empty)]
    [InlineData(null, QuestionAnonymity.Named, AskError.Empty)]
    [InlineData("x", QuestionAnonymity.AnonymousToEveryone, AskError.AnonymityNotAllowed)]
    public async Task BadQuestions_AreRefusedWithACode_AndNothingIsSaved(string? text, QuestionAnonymity anonymity, AskError expected)
    {
        await using var live = await LiveFixture.StartAsync(e => e.AllowFullyAnonymousQuestions = false);
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, anonymity));

        Assert.Equal(expected, asked.Error);
        Assert.Null(asked.Question);
        Assert.Equal(0, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Count())));
    }

    [Fact]
    public async Task TooLongQuestion_IsRefused()
    {
        await using var live = await LiveFixture.StartAsync();
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(new string('a', 501), QuestionAnonymity.Named));
        var fits = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(new string('a', 500), QuestionAnonymity.Named));

        Assert.Equal(AskError.TooLong, asked.Error);
        Assert.Null(fits.Error);
    }

    [Fact]
    public async Task AnonymousToEveryone_KeepsNoNameOrRegistration_ButTheAskerStillSeesTheirOwn()
    {
        await using var live = await LiveFixture.StartAsync();
        var ana = await live.RegisterAsync("Ana");
        var asker = await live.AttendeeAsync(ana);
        var moderator = await live.ModeratorAsync();
        var consoleHears = new Inbox(moderator);
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);

        var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest("Who funds shelters?", QuestionAnonymity.AnonymousToEveryone));

        Assert.Null((await consoleHears.WaitForAsync<QuestionView>(q => q.Id == asked.Question!.Id)).AskerName);
        var stored = await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single()));
        Assert.Null(stored.AskerName);
        Assert.Null(stored.RegistrationId);
        var again = await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Equal([asked.Question!.Id], again.MyQuestions.Select(q => q.Id));
        Assert.Empty(again.Questions);
    }

    [Fact]
    public async Task Asking_IsRateLimitedPerAttendee()
    {
        await using var live = await LiveFixture.StartAsync(settings: new() { ["Live:QuestionsPerMinute"] = "2" });
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        var results = new List<AskResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await ana.InvokeAsync<AskResult>("Ask", new AskRequest($"Question {i}", QuestionAnonymity.Named)));
        }
        var bens = await ben.InvokeAsync<AskResult>("Ask", new AskRequest("Mine", QuestionAnonymity.Named));

        Assert.Equal([null, null, AskError.RateLimited], results.Select(r => r.Error));
        Assert.Null(bens.Error);
        Assert.Equal(3, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Count())));
    }
}
