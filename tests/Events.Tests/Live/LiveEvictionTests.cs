using System.Net;
using System.Security.Claims;
using Events.Core.Accounts;
using Events.Core.Events;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Core.Teams;
using Events.Tests.Organiser;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Live;

/// <summary>Withdrawn access takes a connection out of the event's groups at once: it hears nothing broadcast afterwards.</summary>
public sealed class LiveEvictionTests
{
    [Fact]
    public async Task ModeratorRemovedFromTheTeam_IsEvicted_AndReceivesNoBroadcastAfter()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var moderator = await live.ModeratorAsync();
        var (heard, evicted) = Listen(moderator);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var attendee = await JoinedAttendeeAsync(live, "Ana");
        await AskAndSeeAsync(attendee.Connection, attendee.Inbox, "Before");
        await heard.WaitForAsync<QuestionView>(q => q.Text == "Before");

        var memberId = await live.App.WithDbAsync(db => Task.FromResult(db.TeamMembers.Single(m => m.EventId == live.Event.Id).Id));
        var removed = await InScopeAsync(live, sp => sp.GetRequiredService<TeamEditor>().RemoveAsync(Administrator(), TeamScope.Event(live.Event.Id), memberId, CancellationToken.None));
        Assert.Equal(TeamEditOutcome.Saved, removed.Outcome);
        await evicted.WaitAsync(TimeSpan.FromSeconds(15));
        await AskAndSeeAsync(attendee.Connection, attendee.Inbox, "After");
        await Task.Delay(300);

        Assert.DoesNotContain(heard.All<QuestionView>(), q => q.Text == "After");
        Assert.Contains("not-allowed", (await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(
            () => moderator.InvokeAsync("Moderate", live.Event.Id, attendee.Inbox.All<QuestionView>()[0].Id, ModerationAction.Hide))).Message);
    }

    [Fact]
    public async Task CancelledRegistrant_IsEvicted_AndReceivesNoBroadcastAfter()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var registration = await live.RegisterAsync("Cancelled");
        var cancelled = await live.AttendeeAsync(registration);
        var (heard, evicted) = Listen(cancelled);
        await cancelled.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var other = await JoinedAttendeeAsync(live, "Bea");
        await AskAndSeeAsync(other.Connection, other.Inbox, "Before");
        await heard.WaitForAsync<QuestionView>(q => q.Text == "Before");

        Assert.True(await InScopeAsync(live, sp => sp.GetRequiredService<Registrar>().CancelAsync(live.Event.Id, registration.Id, CancellationToken.None)));
        await evicted.WaitAsync(TimeSpan.FromSeconds(15));
        await AskAndSeeAsync(other.Connection, other.Inbox, "After");
        await Task.Delay(300);

        Assert.DoesNotContain(heard.All<QuestionView>(), q => q.Text == "After");
        Assert.Equal(0, await live.App.WithDbAsync(db => Task.FromResult(db.LiveConnections.Count(c => c.RegistrationId == registration.Id && c.DisconnectedAtUtc == null))));
    }

    [Fact]
    public async Task Guests_AreEvicted_WhenOpenQuestionsIsSwitchedOff_WhileAttendeesStay()
    {
        await using var live = await LiveFixture.StartAsync(e => (e.Moderation, e.OpenQuestions) = (QuestionModeration.After, true));
        var guest = live.Connection(await GuestCookiesAsync(live));
        await guest.StartAsync();
        var (heard, evicted) = Listen(guest);
        await guest.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var attendee = await JoinedAttendeeAsync(live, "Ana");
        await AskAndSeeAsync(attendee.Connection, attendee.Inbox, "Before");
        await heard.WaitForAsync<QuestionView>(q => q.Text == "Before");

        var saved = await InScopeAsync(live, sp => sp.GetRequiredService<EventSettings>().SaveLiveAsync(live.Event.Slug, new LiveSettingsInput(null, null, false), CancellationToken.None));
        Assert.Equal(SettingsOutcome.Saved, saved.Outcome);
        await evicted.WaitAsync(TimeSpan.FromSeconds(15));
        await AskAndSeeAsync(attendee.Connection, attendee.Inbox, "After");
        await Task.Delay(300);

        Assert.DoesNotContain(heard.All<QuestionView>(), q => q.Text == "After");
    }

    internal static async Task<CookieContainer> GuestCookiesAsync(LiveFixture live, string name = "Visitor")
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(live.BaseUrl) };
        var url = $"/events/{live.Event.Slug}/live";
        var joined = await http.PostFormAsync(url + "?handler=Guest", new() { ["Guest.Name"] = name, ["Guest.Language"] = "en" }, await http.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        return cookies;
    }

    private static (Inbox Heard, SemaphoreSlim Evicted) Listen(HubConnection connection)
    {
        var evicted = new SemaphoreSlim(0);
        connection.On(nameof(ILiveClient.Evicted), () => evicted.Release());
        return (new Inbox(connection), evicted);
    }

    private static async Task<(HubConnection Connection, Inbox Inbox)> JoinedAttendeeAsync(LiveFixture live, string name)
    {
        var connection = await live.AttendeeAsync(await live.RegisterAsync(name));
        var inbox = new Inbox(connection);
        await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        return (connection, inbox);
    }

    /// <summary>Asks as a connection that stays, and waits until the audience broadcast reached it (so it went out to all).</summary>
    private static async Task AskAndSeeAsync(HubConnection asker, Inbox inbox, string text)
    {
        var result = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, QuestionAnonymity.Named));
        Assert.Null(result.Error);
        await inbox.WaitForAsync<QuestionView>(q => q.Text == text);
    }

    private static async Task<T> InScopeAsync<T>(LiveFixture live, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = live.App.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    private static ClaimsPrincipal Administrator() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "admin"), new Claim(ClaimTypes.Role, Roles.Administrator)], "test"));
}
