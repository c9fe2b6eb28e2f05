using System.Net;
using Events.Core.Accounts;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Events.Tests.Tokens;

namespace Events.Tests.Live;

public sealed class HubAuthorisationTests
{
    [Fact]
    public async Task AnonymousCaller_CannotConnect()
    {
        await using var live = await LiveFixture.StartAsync();
        var connection = live.Connection(new CookieContainer());

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Attendee_CannotCallModeratorMethods()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var attendee = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var id = (await attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Mine", QuestionAnonymity.Named))).Question!.Id;

        var calls = new Func<Task>[]
        {
            () => attendee.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Hide),
            () => attendee.InvokeAsync("Merge", live.Event.Id, id, id),
            () => attendee.InvokeAsync<bool>("BlockAsker", live.Event.Id, id),
            () => attendee.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Start),
            () => attendee.InvokeAsync<bool>("SetChannelLive", live.Event.Id, live.ChannelIds[1], true),
            () => attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null),
            () => attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Presenter, null),
        };
        foreach (var call in calls)
        {
            Assert.Contains("not-allowed", (await Assert.ThrowsAsync<HubException>(call)).Message);
        }
        var unchanged = await live.App.WithDbAsync(db => Task.FromResult((db.Questions.Single().Status, db.Events.Single().Status, db.Channels.Count(c => c.IsLive))));
        Assert.Equal((QuestionStatus.Published, Core.Events.EventStatus.Published, 0), unchanged);
    }

    [Fact]
    public async Task Attendee_CannotReachAnotherEvent()
    {
        await using var live = await LiveFixture.StartAsync();
        var other = await live.SeedEventAsync("other-forum");
        var attendee = await live.AttendeeAsync(await live.RegisterAsync("Ana"));

        var refused = await Assert.ThrowsAsync<HubException>(() => attendee.InvokeAsync<LiveSnapshot>("Join", other.Id, LiveView.Attendee, null));

        Assert.Contains("not-admitted", refused.Message);
        Assert.Contains("join-first", (await Assert.ThrowsAsync<HubException>(
            () => attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Sneaky", QuestionAnonymity.Named)))).Message);
        await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Here", QuestionAnonymity.Named));
        Assert.Equal([live.Event.Id], await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Select(q => q.EventId).ToList())));
    }

    [Fact]
    public async Task ModeratorOfOneEvent_CannotModerateAnother()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var other = await live.SeedEventAsync("other-forum", e => e.Moderation = QuestionModeration.After);
        var moderatorOfOther = await live.StaffAsync("other-mod@example.org", Roles.Moderator, other.Id);
        var attendee = await live.AttendeeAsync(await live.RegisterAsync("Ana"));
        await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var id = (await attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Q", QuestionAnonymity.Named))).Question!.Id;

        await Assert.ThrowsAsync<HubException>(() => moderatorOfOther.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null));
        await Assert.ThrowsAsync<HubException>(() => moderatorOfOther.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Hide));
        // Naming their own event does not reach a question of another one either.
        await moderatorOfOther.InvokeAsync("Moderate", other.Id, id, ModerationAction.Hide);

        Assert.Equal(QuestionStatus.Published, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single().Status)));
        // A site administrator moderates every event.
        var organiser = await live.StaffAsync("organiser@example.org", Roles.Administrator);
        await organiser.InvokeAsync("Moderate", live.Event.Id, id, ModerationAction.Hide);
        Assert.Equal(QuestionStatus.Hidden, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Single().Status)));
    }

    [Theory]
    [InlineData(RegistrationStatus.WaitingList)]
    [InlineData(RegistrationStatus.Pending)]
    [InlineData(RegistrationStatus.Cancelled)]
    public async Task OnlyConfirmedRegistrations_AreAdmitted(RegistrationStatus status)
    {
        await using var live = await LiveFixture.StartAsync();
        var registration = await live.RegisterAsync("Ana", status: status);
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(live.BaseUrl) };

        var admit = await http.GetAsync($"/r/{live.App.TokenOf(registration)}/live");

        Assert.Equal($"/r/{live.App.TokenOf(registration)}", admit.Headers.Location?.OriginalString);
        var connection = live.Connection(cookies);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync())).StatusCode);
    }

    [Fact]
    public async Task AttendeeCancelledAfterAdmission_IsNoLongerAdmitted()
    {
        await using var live = await LiveFixture.StartAsync();
        var registration = await live.RegisterAsync("Ana");
        var attendee = await live.AttendeeAsync(registration);
        await live.App.WithDbAsync(db =>
        {
            db.Registrations.Single(r => r.Id == registration.Id).Status = RegistrationStatus.Cancelled;
            return db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<HubException>(() => attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null));
    }

    [Fact]
    public async Task AttendeeCancelledWhileConnected_CanNoLongerAskOrVote()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var registration = await live.RegisterAsync("Ana");
        var attendee = await live.AttendeeAsync(registration);
        await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var id = (await attendee.InvokeAsync<AskResult>("Ask", new AskRequest("Before", QuestionAnonymity.Named))).Question!.Id;
        await live.App.WithDbAsync(db =>
        {
            db.Registrations.Single(r => r.Id == registration.Id).Status = RegistrationStatus.Cancelled;
            return db.SaveChangesAsync();
        });

        Assert.Contains("not-admitted", (await Assert.ThrowsAsync<HubException>(
            () => attendee.InvokeAsync<AskResult>("Ask", new AskRequest("After", QuestionAnonymity.Named)))).Message);
        await Assert.ThrowsAsync<HubException>(() => attendee.InvokeAsync<VoteCount?>("Vote", id, true));
        Assert.Equal(1, await live.App.WithDbAsync(db => Task.FromResult(db.Questions.Count())));
        Assert.Equal(0, await live.App.WithDbAsync(db => Task.FromResult(db.QuestionVotes.Count())));
    }

    [Fact]
    public async Task UnknownToken_IsNotFound()
    {
        await using var live = await LiveFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/r/not-a-token/live")).StatusCode);
    }
}
