using System.Net;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class QuestionExportTests
{
    [Fact]
    public async Task Export_ListsPublicQuestions_WithOnlyTheNamesAskersChoseToShow()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var ana = await live.AttendeeAsync(await live.RegisterAsync("Ana Pérez", "es"));
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben Quiet"));
        var moderator = await live.ModeratorAsync();
        await ana.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var named = (await ana.InvokeAsync<AskResult>("Ask", new AskRequest("=HYPERLINK(\"x\"), or | pipes *bold* <b>", QuestionAnonymity.Named))).Question!.Id;
        var quiet = (await ben.InvokeAsync<AskResult>("Ask", new AskRequest("Quiet question", QuestionAnonymity.AnonymousToAudience))).Question!.Id;
        var hidden = (await ben.InvokeAsync<AskResult>("Ask", new AskRequest("Hidden question", QuestionAnonymity.Named))).Question!.Id;
        await ana.InvokeAsync<bool>("Vote", quiet, true);
        await moderator.InvokeAsync("Moderate", live.Event.Id, named, ModerationAction.Answered);
        await moderator.InvokeAsync("Moderate", live.Event.Id, hidden, ModerationAction.Hide);
        using var organiser = await live.HttpAsync("organiser@example.org", Roles.Administrator);

        var csv = await organiser.GetStringAsync($"/api/organiser/events/{live.Event.Slug}/questions.csv");
        var md = await organiser.GetStringAsync($"/api/organiser/events/{live.Event.Slug}/questions.md");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(QuestionExport.CsvHeader, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("question,Published,1,en,", lines[1]);
        Assert.EndsWith(",,Quiet question", lines[1]);
        Assert.StartsWith("question,Answered,0,es,", lines[2]);
        Assert.EndsWith(",Ana Pérez,\"'=HYPERLINK(\"\"x\"\"), or | pipes *bold* <b>\"", lines[2]);
        Assert.DoesNotContain("Ben Quiet", csv);
        Assert.DoesNotContain("Hidden question", csv + md);
        Assert.DoesNotContain("Ben Quiet", md);
        Assert.Contains("## Answered", md);
        Assert.Contains("=HYPERLINK\\(\"x\"\\), or \\| pipes \\*bold\\* &lt;b&gt; _(0 votes, es, Ana Pérez,", md);
        Assert.Contains("- Quiet question _(1 vote, en, ", md);
    }

    [Fact]
    public async Task ExportAndSettings_AreForOrganisersOnly()
    {
        await using var live = await LiveFixture.StartAsync();
        using var anonymous = await live.HttpAsync();
        using var moderator = await live.HttpAsync("moderator@example.org", Roles.Moderator);

        foreach (var path in new[] { "questions.csv", "questions.md", "live-settings" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/organiser/events/{live.Event.Slug}/{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync($"/api/organiser/events/{live.Event.Slug}/{path}")).StatusCode);
        }
    }

    [Fact]
    public async Task LiveSettings_AreSavedAndBadValuesNamed()
    {
        await using var live = await LiveFixture.StartAsync();
        using var organiser = await live.HttpAsync("organiser@example.org", Roles.Administrator);
        var url = $"/api/organiser/events/{live.Event.Slug}/live-settings";

        var saved = await organiser.PutAsJsonAsync(url, new { moderation = "After", openQuestions = true });
        var bad = await organiser.PutAsync(url, new StringContent("""{"moderation":"Sometimes"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var ev = await live.App.WithDbAsync(db => Task.FromResult(db.Events.Single(e => e.Id == live.Event.Id)));
        Assert.Equal((QuestionModeration.After, true, true), (ev.Moderation, ev.OpenQuestions, ev.AllowFullyAnonymousQuestions));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("moderation", await bad.Content.ReadAsStringAsync());
    }
}
