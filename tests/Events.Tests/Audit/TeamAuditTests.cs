using System.Net;
using System.Net.Http.Json;
using Events.Core.Audit;
using Events.Core.Teams;
using Events.Tests.Forums;
using Events.Tests.Infrastructure;
using Events.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Audit;

public sealed class TeamAuditTests : IDisposable
{
    private const string Team = "/api/organiser/events/forum-2021/team";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>An event whose team has one owner (signed in), and a helper with an account who is on no team yet.</summary>
    private async Task<(HttpClient Owner, int EventId, string HelperId)> TeamAsync()
    {
        var admin = await _app.OrganiserAsync();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        var owner = await _app.TeamMemberAsync("owner@example.org", TeamRole.Owner);
        await _app.SignedInAsync("helper@example.org", Core.Accounts.Roles.Organiser);
        return (owner, await _app.EventIdAsync(), await _app.UserIdAsync("helper@example.org"));
    }

    private Task<int> MemberIdAsync(string userId) => _app.WithDbAsync(db => db.TeamMembers.Where(m => m.UserId == userId).Select(m => m.Id).SingleAsync());

    /// <summary>Team role changes only: every first sign-in of a test account also grants a site role.</summary>
    private async Task<AuditEntry> SingleTeamChangeAsync(AuditAction action, int eventId, string userId)
    {
        var entry = Assert.Single(await _app.AuditAsync(action), a => a.Detail.StartsWith("team=", StringComparison.Ordinal));
        Assert.Equal(("owner@example.org", await _app.UserIdAsync("owner@example.org"), eventId, $"user:{userId}"), (entry.Actor, entry.ActorId, entry.EventId, entry.Target));
        return entry;
    }

    [Fact]
    public async Task AddingAMember_AuditsOneRow_WithTheRoleAndNoAddress()
    {
        var (owner, eventId, helperId) = await TeamAsync();

        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsJsonAsync(Team, new { email = "helper@example.org", role = "moderator" })).StatusCode);

        var entry = await _app.SingleAuditAsync(AuditAction.TeamMemberAdded, "owner@example.org", eventId, $"user:{helperId}");
        Assert.Equal($"team=event:{eventId}, role=Moderator", entry.Detail);
    }

    [Fact]
    public async Task ChangingARole_AuditsOneRow_WithTheOldAndNewRole()
    {
        var (owner, eventId, helperId) = await TeamAsync();
        (await owner.PostAsJsonAsync(Team, new { email = "helper@example.org", role = "moderator" })).EnsureSuccessStatusCode();

        var response = await owner.PutAsJsonAsync($"{Team}/{await MemberIdAsync(helperId)}", new { role = "organiser" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await SingleTeamChangeAsync(AuditAction.RoleChanged, eventId, helperId);
        Assert.Equal($"team=event:{eventId}, role=Organiser, was=Moderator", entry.Detail);
    }

    [Fact]
    public async Task RemovingAMember_AuditsOneRow_AndARefusedRemovalNone()
    {
        var (owner, eventId, helperId) = await TeamAsync();
        (await owner.PostAsJsonAsync(Team, new { email = "helper@example.org", role = "organiser" })).EnsureSuccessStatusCode();
        var ownerMember = await MemberIdAsync(await _app.UserIdAsync("owner@example.org"));
        Assert.Equal(HttpStatusCode.Conflict, (await owner.DeleteAsync($"{Team}/{ownerMember}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"{Team}/{await MemberIdAsync(helperId)}")).StatusCode);

        var entry = await _app.SingleAuditAsync(AuditAction.TeamMemberRemoved, "owner@example.org", eventId, $"user:{helperId}");
        Assert.Equal($"team=event:{eventId}, role=Organiser", entry.Detail);
    }

    [Fact]
    public async Task ForumTeamChange_AuditsOneRow_WithoutAnEvent_NamingTheForumTeam()
    {
        await _app.ForumWithTwoEventsAsync();
        var admin = await _app.AdministratorAsync();
        await _app.SignedInAsync("helper@example.org", Core.Accounts.Roles.Organiser);
        var forumId = await _app.WithDbAsync(db => db.Forums.Select(f => f.Id).SingleAsync());

        var response = await admin.PostAsJsonAsync("/api/organiser/forums/gpc/team", new { email = "helper@example.org", role = "owner" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await _app.SingleAuditAsync(AuditAction.TeamMemberAdded, "admin@example.org", null, $"user:{await _app.UserIdAsync("helper@example.org")}");
        Assert.Equal($"team=forum:{forumId}, role=Owner", entry.Detail);
    }

    [Fact]
    public async Task SiteRoleGrant_AuditsOneRow_ByTheSystemOutsideARequest()
    {
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("new-admin@example.org", "New admin", Core.Accounts.Roles.Administrator);
            // Granted already: a reset changes no role.
            await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("new-admin@example.org", "New admin", Core.Accounts.Roles.Administrator);
        }

        var entry = await _app.SingleAuditAsync(AuditAction.RoleChanged, "system", null, $"user:{await _app.UserIdAsync("new-admin@example.org")}");
        Assert.Equal("site role=Administrator", entry.Detail);
    }
}
