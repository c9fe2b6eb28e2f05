using System.Net;
using Events.Tests.Infrastructure;

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
    }

    [Fact]
    public async Task Moderator_IsRefusedTheDashboard()
    {
        var moderator = await _app.ModeratorAsync();
        var response = await moderator.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
