using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Accounts;
using Events.Core.Teams;
using Events.Tests.Infrastructure;
using Events.Tests.Live;
using Events.Tests.Organiser;

namespace Events.Tests.Captions;

public sealed class CaptionTeamTests
{
    [Fact]
    public async Task TeamPage_GrantsTheCaptionerRole_WithAModeratorAccountNotAnOrganiserOne()
    {
        await using var app = new EventsApp(new() { ["Smtp:DropDirectory"] = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N")) });
        var admin = await app.OrganiserAsync();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event("forum-2021"))).EnsureSuccessStatusCode();
        var page = "/organiser/events/forum-2021/team";
        Assert.Contains("<option value=\"Captioner\"", await admin.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains("Sous-titreur·rice", await admin.GetStringAsync(page + "?lang=fr"), StringComparison.Ordinal);

        var added = await admin.PostFormAsync(page + "?handler=Add", new() { ["Email"] = "cap@example.org", ["Role"] = "Captioner" }, await admin.TokenAsync(page));
        var api = await admin.PostAsJsonAsync("/api/organiser/events/forum-2021/team", new { email = "cap2@example.org", role = "Captioner" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        using (var body = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
        {
            Assert.Equal("captioner", body.RootElement.GetProperty("role").GetString());
        }
        var granted = await app.WithDbAsync(db => Task.FromResult((
            db.TeamMembers.Where(m => m.Role == TeamRole.Captioner).Count(),
            db.UserRoles.Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.Email == "cap@example.org"))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList())));
        Assert.Equal(2, granted.Item1);
        Assert.Equal([Roles.Moderator], granted.Item2);
    }

    [Fact]
    public async Task CaptionConsolePage_OpensForACaptioner_WhoCannotOpenTheModeratorConsole()
    {
        await using var live = await LiveFixture.StartAsync();
        using var captioner = await live.HttpAsync("captioner@example.org", Roles.Moderator);
        await live.GrantAsync("captioner@example.org", live.Event.Id, TeamRole.Captioner);
        using var stranger = await live.HttpAsync("stranger@example.org", Roles.Moderator);

        var console = await captioner.GetAsync("/events/live-forum/live/captions");
        var html = await console.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("<option value=\"fr\" lang=\"fr\">Français</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/events/live-forum/console\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await captioner.GetAsync("/events/live-forum/console")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync("/events/live-forum/live/captions")).StatusCode);
    }
}
