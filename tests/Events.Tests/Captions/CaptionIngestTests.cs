using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Events.Core.Accounts;
using Events.Core.Teams;
using Events.Tests.Live;

namespace Events.Tests.Captions;

public sealed class CaptionIngestTests
{
    private const string French = "/api/captions/events/live-forum/fr";

    [Fact]
    public async Task CaptionIngest_RefusesCallersWithoutTheCaptionerRole()
    {
        await using var live = await LiveFixture.StartAsync();
        var other = await live.SeedEventAsync("other-forum");
        using var anonymous = await live.HttpAsync();
        using var moderatorOfOther = await live.HttpAsync("other-mod@example.org", Roles.Moderator);
        await live.GrantAsync("other-mod@example.org", other.Id, TeamRole.Moderator);
        using var captionerOfOther = await live.HttpAsync("other-cap@example.org", Roles.Moderator);
        await live.GrantAsync("other-cap@example.org", other.Id, TeamRole.Captioner);
        var cookies = await live.AdmitAsync(await live.RegisterAsync("Ana", "fr"));
        using var attendee = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(live.BaseUrl) };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(French, new { text = "Bonjour" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attendee.PostAsJsonAsync(French, new { text = "Bonjour" })).StatusCode);
        var refused = await moderatorOfOther.PostAsJsonAsync(French, new { text = "Bonjour" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await captionerOfOther.PostAsJsonAsync(French, new { text = "Bonjour" })).StatusCode);
        Assert.Equal(0, await live.App.WithDbAsync(db => Task.FromResult(db.CaptionLines.Count())));
    }

    [Fact]
    public async Task CaptionIngest_AcceptsACaptioner_InJsonOrPlainText_AndReachesFollowers()
    {
        await using var live = await LiveFixture.StartAsync();
        using var service = await live.HttpAsync("service@example.org", Roles.Moderator);
        await live.GrantAsync("service@example.org", live.Event.Id, TeamRole.Captioner);
        var follower = await live.FollowerAsync("Ana", "fr");

        var json = await service.PostAsJsonAsync(French, new { text = "Bonjour à tous.", speaker = "Modératrice" });
        using var plain = new StringContent("Première ligne\r\nDeuxième ligne\r\n", Encoding.UTF8, "text/plain");
        var lines = await service.PostAsync(French, plain);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var sent = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal("Bonjour à tous.", sent.RootElement[0].GetProperty("text").GetString());
        Assert.Equal("Modératrice", sent.RootElement[0].GetProperty("speakerLabel").GetString());
        Assert.Equal(HttpStatusCode.OK, lines.StatusCode);
        Assert.Equal("Modératrice", (await follower.Inbox.WaitForAsync("Bonjour à tous.")).SpeakerLabel);
        await follower.Inbox.WaitForAsync("Deuxième ligne");
        Assert.Equal(["Bonjour à tous.", "Première ligne", "Deuxième ligne"], follower.Inbox.Texts);
        var stored = await live.App.WithDbAsync(db => Task.FromResult(db.CaptionLines.OrderBy(c => c.Id).Select(c => c.SentBy).Distinct().ToList()));
        Assert.Equal([await live.App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "service@example.org").Id))], stored);
    }

    [Fact]
    public async Task CaptionIngest_RefusesALanguageTheEventDoesNotOffer_NamingLang()
    {
        await using var live = await LiveFixture.StartAsync();
        using var service = await live.HttpAsync("service@example.org", Roles.Moderator);
        await live.GrantAsync("service@example.org", live.Event.Id, TeamRole.Captioner);

        var german = await service.PostAsJsonAsync("/api/captions/events/live-forum/de", new { text = "Hallo" });
        var empty = await service.PostAsJsonAsync(French, new { text = "  \n " });

        Assert.Equal(HttpStatusCode.BadRequest, german.StatusCode);
        using var problem = JsonDocument.Parse(await german.Content.ReadAsStringAsync());
        Assert.Equal(["lang"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"text\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await service.PostAsJsonAsync("/api/captions/events/nowhere/fr", new { text = "x" })).StatusCode);
    }
}
