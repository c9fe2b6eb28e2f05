using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Accounts;
using Events.Core.Teams;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Events.Tests.Teams;

public sealed partial class TeamTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public TeamTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop, ["Site:BaseUrl"] = "http://localhost" });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [GeneratedRegex(@"http://localhost(/account/invite/[A-Za-z0-9_\-]+)")]
    private static partial Regex InviteLink();

    /// <summary>An event made by the administrator, with <paramref name="ownerEmail"/> its only owner, signed in.</summary>
    private async Task<HttpClient> OwnerAsync(string ownerEmail = "owner@example.org")
    {
        var admin = await _app.OrganiserAsync();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event("forum-2021"))).EnsureSuccessStatusCode();
        var owner = await _app.SignedInAsync(ownerEmail, Roles.Organiser);
        await _app.WithDbAsync(async db =>
        {
            db.TeamMembers.Add(new TeamMember { UserId = db.Users.Single(u => u.Email == ownerEmail).Id, EventId = db.Events.Single().Id, Role = TeamRole.Owner });
            return await db.SaveChangesAsync();
        });
        return owner;
    }

    [Fact]
    public async Task OwnerAddsANewcomer_WhoSetsTheirPasswordThroughTheEmailedLink_Once()
    {
        var owner = await OwnerAsync();
        var page = "/organiser/events/forum-2021/team";
        var added = await owner.PostFormAsync(page + "?handler=Add", new() { ["Email"] = "new@example.org", ["Role"] = "Organiser" }, await owner.TokenAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("new@example.org", await owner.GetStringAsync(page), StringComparison.Ordinal);

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(_drop, "*.eml")));
        Assert.Contains("<new@example.org>", mail, StringComparison.Ordinal);
        var link = InviteLink().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal)).Groups[1].Value;
        Assert.NotEmpty(link);

        var newcomer = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var shortOne = await newcomer.PostFormAsync(link, new() { ["Password"] = "short", ["Confirm"] = "short" }, await newcomer.TokenAsync(link));
        Assert.Contains("at least 12 characters", await shortOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var set = await newcomer.PostFormAsync(link, new() { ["Password"] = "Long enough Passphrase 42", ["Confirm"] = "Long enough Passphrase 42" }, await newcomer.TokenAsync(link));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var signIn = await newcomer.PostAsJsonAsync("/api/account/login", new { email = "new@example.org", password = "Long enough Passphrase 42" });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/api/organiser/events/forum-2021")).StatusCode);

        var again = await _app.CreateClient().GetStringAsync(link);
        Assert.Contains("has been used or has expired", again, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Password\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganiserWhoIsNotAnOwner_CannotAddMembers()
    {
        var owner = await OwnerAsync();
        var added = await owner.PostAsJsonAsync("/api/organiser/events/forum-2021/team", new { email = "helper@example.org", role = "organiser" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var helper = await _app.SignedInAsync("helper@example.org", Roles.Organiser);

        var refused = await helper.PostAsJsonAsync("/api/organiser/events/forum-2021/team", new { email = "x@example.org", role = "moderator" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await helper.GetAsync("/api/organiser/events/forum-2021/team")).StatusCode);
        Assert.Equal(2, await _app.WithDbAsync(db => Task.FromResult(db.TeamMembers.Count())));
    }

    [Fact]
    public async Task LastOwner_CannotBeRemovedOrDemoted()
    {
        var owner = await OwnerAsync();
        var members = await owner.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/organiser/events/forum-2021/team");
        var id = Assert.Single(members!)["id"].ToString();

        var removed = await owner.DeleteAsync($"/api/organiser/events/forum-2021/team/{id}");
        var demoted = await owner.PutAsJsonAsync($"/api/organiser/events/forum-2021/team/{id}", new { role = "organiser" });

        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        Assert.Equal(TeamRole.Owner, await _app.WithDbAsync(db => Task.FromResult(db.TeamMembers.Select(m => m.Role).Single())));
    }

    [Fact]
    public async Task Add_RefusesABadEmail_NamingTheField()
    {
        var owner = await OwnerAsync();
        var response = await owner.PostAsJsonAsync("/api/organiser/events/forum-2021/team", new { email = "not an email", role = "moderator" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"email\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
