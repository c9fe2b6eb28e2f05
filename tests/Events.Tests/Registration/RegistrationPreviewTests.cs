using System.Net;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Registrations;

/// <summary>A draft's public page: staff of the event preview it; everyone else gets 404 as before.</summary>
public sealed class RegistrationPreviewTests : IDisposable
{
    private const string Page = "/events/forum-2021";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<int> DraftAsync()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent())).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent("other-event"))).EnsureSuccessStatusCode();
        return await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == "forum-2021").Select(e => e.Id).SingleAsync());
    }

    private async Task AssignAsync(string email, int eventId)
    {
        using var scope = _app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.EventsDbContext>();
        db.TeamMembers.Add(new Events.Core.Teams.TeamMember { EventId = eventId, UserId = user!.Id, Role = Events.Core.Teams.TeamRole.Moderator });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Organiser_SeesTheDraftWithAPreviewBanner_AndNoWorkingForm()
    {
        await DraftAsync();
        var organiser = await _app.OrganiserAsync();
        organiser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await organiser.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-preview>", html, StringComparison.Ordinal);
        Assert.Contains("Vista previa — todavía no es público.", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Email\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-register-cta", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModeratorOfTheEvent_Previews_OthersGet404()
    {
        var eventId = await DraftAsync();
        var assigned = await _app.ModeratorAsync("mod@example.org");
        await AssignAsync("mod@example.org", eventId);
        var unassigned = await _app.ModeratorAsync("other-mod@example.org");
        var attendee = await _app.SignedInAsync("ana@example.org", role: null);

        Assert.Equal(HttpStatusCode.OK, (await assigned.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assigned.GetAsync("/events/other-event")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unassigned.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await attendee.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task PublishedPage_HasNoPreviewBanner()
    {
        await _app.PublishedEventAsync();
        var html = await (await _app.OrganiserAsync()).GetStringAsync(Page);
        Assert.DoesNotContain("data-preview", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Email\"", html, StringComparison.Ordinal);
    }
}
