using Events.Core.Accounts;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;

namespace Events.Tests.Forums;

public sealed class ForumApiTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ListAndDetail_InFrench_ListEventsByDateWithLanguagesAndPlaces()
    {
        await _app.ForumWithTwoEventsAsync();
        var client = _app.CreateClient();

        var list = await client.GetFromJsonAsync<JsonElement>("/api/forums?lang=fr");
        var forum = Assert.Single(list.EnumerateArray());
        Assert.Equal("Forum mondial de la protection", forum.GetProperty("title").GetString());
        Assert.Equal(["en", "fr"], forum.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        var detail = await client.GetFromJsonAsync<JsonElement>("/api/forums/gpc?lang=fr");
        var events = detail.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["opening-day-one", "panel-day-two"], events.Select(e => e.GetProperty("slug").GetString()));
        Assert.Equal("Panel du deuxième jour", events[1].GetProperty("title").GetString());
        Assert.Equal(["en"], events[1].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("available", events[0].GetProperty("places").GetString());
        Assert.Equal("open", events[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/forums/nope")).StatusCode);
    }

    [Fact]
    public async Task AdminApi_RefusesAnOrganiser_AndNamesTheBadField()
    {
        await _app.ForumWithTwoEventsAsync();
        var organiser = await _app.SignedInAsync("team-organiser@example.org", Roles.Organiser);
        Assert.Equal(HttpStatusCode.Forbidden, (await organiser.PostAsJsonAsync("/api/admin/forums", ForumTestKit.Input("other"))).StatusCode);

        var admin = await _app.AdministratorAsync();
        var bad = await admin.PutAsJsonAsync("/api/admin/forums/gpc", ForumTestKit.Input("Bad Slug") with { EndsOn = new DateOnly(2000, 1, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("slug", out _));
        Assert.True(errors.TryGetProperty("endsOn", out _));
        var taken = await admin.PostAsJsonAsync("/api/admin/forums", ForumTestKit.Input());
        Assert.Equal("Another forum already uses this slug.", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("slug")[0].GetString());

        var moved = await admin.PutAsJsonAsync("/api/admin/forums/gpc", ForumTestKit.Input("gpc-2") with { EventSlugs = ["opening-day-one"] });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var detail = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/forums/gpc-2");
        Assert.Single(detail.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task AdminPages_CreateAndEditAForum_AndAreRefusedToAnOrganiser()
    {
        await _app.ForumWithTwoEventsAsync();
        var organiser = await _app.SignedInAsync("team-organiser@example.org", Roles.Organiser);
        var refused = await organiser.GetAsync("/admin/forums/new");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("denied", refused.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);

        var admin = await _app.AdministratorAsync();
        var fields = new Dictionary<string, string>
        {
            ["Form.Slug"] = "series-2", ["Form.Title"] = "Second series", ["Form.OriginalLanguage"] = "en",
            ["Form.StartsOn"] = "2030-01-01", ["Form.EndsOn"] = "2030-01-02", ["Form.Titles[fr]"] = "Deuxième série",
            ["Form.EventSlugs[0]"] = "panel-day-two",
        };
        var created = await admin.PostFormAsync("/admin/forums/new", fields, await admin.TokenAsync("/admin/forums/new"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("series-2", await admin.GetStringAsync("/admin/forums"), StringComparison.Ordinal);

        fields["Form.EndsOn"] = "2029-01-01";
        var bad = await admin.PostFormAsync("/admin/forums/series-2?lang=fr", fields, await admin.TokenAsync("/admin/forums/series-2"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Doit être le jour du début ou après.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["Form.EndsOn"] = "2030-01-03";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/forums/series-2", fields, await admin.TokenAsync("/admin/forums/series-2"))).StatusCode);
        var detail = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/forums/series-2?lang=fr");
        Assert.Equal("Deuxième série", detail.GetProperty("title").GetString());
        Assert.Equal("2030-01-03", detail.GetProperty("endsOn").GetString());
    }
}
