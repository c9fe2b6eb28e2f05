using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;

namespace Events.Tests.Jobs;

public sealed class JobsDashboardTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_SeesTheDashboard()
    {
        var organiser = await _app.OrganiserAsync();
        var response = await organiser.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire Dashboard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderator_IsSentToTheDeniedPage()
    {
        var moderator = await _app.ModeratorAsync();
        var response = await moderator.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied?ReturnUrl=%2Fhangfire", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fhangfire", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Dashboard_ShowsThisAppsQueue_NotThatOfAnotherAppInTheProcess()
    {
        using var other = new EventsApp();
        await _app.PublishedEventAsync();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        await _app.DrainEmailOutboxAsync();

        var mine = await (await _app.OrganiserAsync()).GetStringAsync(new Uri("/hangfire/jobs/enqueued/default", UriKind.Relative));
        var theirs = await (await other.OrganiserAsync()).GetStringAsync(new Uri("/hangfire/jobs/enqueued/default", UriKind.Relative));

        Assert.Contains("IRegistrationEmailJobs.SendBatchAsync", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("IRegistrationEmailJobs.SendBatchAsync", theirs, StringComparison.Ordinal);
    }
}
