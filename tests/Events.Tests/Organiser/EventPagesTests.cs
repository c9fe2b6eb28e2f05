using System.Net;
using Events.Core.Events;
using Events.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

public sealed class EventPagesTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Anonymous_GetOrganiser_RedirectsToLogin()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/organiser");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Organiser_PostsNewEventForm_EventIsSavedAndListed()
    {
        var client = await _app.OrganiserAsync();
        var token = await client.TokenAsync("/organiser/events/new");
        var response = await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organiser/events/forum-2021", response.Headers.Location!.OriginalString);

        var saved = await _app.WithDbAsync(db => db.Events.SingleAsync());
        Assert.Equal("Protection forum", saved.Title);
        Assert.Equal(["Awareness", "Network"], saved.ExpectedOutcomes);
        Assert.Equal(new DateTime(2021, 10, 26, 14, 0, 0), saved.StartsAtUtc);
        Assert.Equal(EventStatus.Draft, saved.Status);
        Assert.Contains("Protection forum", await client.GetStringAsync("/organiser"), StringComparison.Ordinal);
        Assert.Contains("value=\"forum-2021\"", await client.GetStringAsync("/organiser/events/forum-2021/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organiser_PostsEndBeforeStart_FormShowsMessageAndNothingIsSaved()
    {
        var client = await _app.OrganiserAsync();
        var token = await client.TokenAsync("/organiser/events/new");
        var fields = OrganiserForms.EventFields(start: "2021-10-26T16:00", end: "2021-10-26T15:00");
        var response = await client.PostFormAsync("/organiser/events/new", fields, token);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.End\"", html, StringComparison.Ordinal);
        Assert.Contains("The end must be after the start.", html, StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Organiser_PostsFormWithoutAntiforgeryToken_Gets400()
    {
        var client = await _app.OrganiserAsync();
        var response = await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Organiser_PublishesFromDashboard_StatusChangesAndFlashSays()
    {
        var client = await _app.OrganiserAsync();
        var token = await client.TokenAsync("/organiser/events/new");
        await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), token);
        token = await client.TokenAsync("/organiser/events/forum-2021");
        var response = await client.PostFormAsync("/organiser/events/forum-2021?handler=Publish", [], token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EventStatus.Published, await _app.WithDbAsync(db => db.Events.Select(e => e.Status).SingleAsync()));
        Assert.Contains("The event is published", await client.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }
}
