using System.Text.Json;
using Events.Core.Events;
using Events.Core.Polls;
using Events.Tests.Infrastructure;
using Events.Tests.Polls;

namespace Events.Tests.Reports;

public sealed class PollReportTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>A French-translated single choice (one person changes their answer) and an untranslated multiple choice.</summary>
    private async Task<(Poll Standard, Poll Tools)> SeedAsync()
    {
        var eventId = await _app.WithDbAsync(async db =>
        {
            var ev = new Event
            {
                Slug = "forum-2021", Title = "Protection forum", TimeZoneId = "Europe/Paris", Status = EventStatus.Ended,
                StartsAtUtc = new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc), EndsAtUtc = new DateTime(2021, 10, 26, 15, 30, 0, DateTimeKind.Utc),
            };
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            return ev.Id;
        });
        var standard = await PollSeed.AddAsync(_app, eventId, PollKind.SingleChoice, "Which data standard do you use?", "Quelle norme de données utilisez-vous ?",
            false, ("HXL", null), ("None yet", "Aucune pour l’instant"));
        var tools = await PollSeed.AddAsync(_app, eventId, PollKind.MultipleChoice, "Which tools?", null, false, ("Maps", null), ("Chat", null));
        await PollSeed.RunAsync(_app, standard, ("a:1", new[] { 0 }), ("a:2", new[] { 0 }), ("a:3", new[] { 0 }), ("a:3", new[] { 1 }));
        await PollSeed.RunAsync(_app, tools, ("a:1", new[] { 0, 1 }), ("a:2", new[] { 0 }));
        return (standard, tools);
    }

    [Fact]
    public async Task PollReport_JsonAndCsv_CarryTheCountsOfTheAnswersGiven_InTheReportsLanguage()
    {
        var (standard, tools) = await SeedAsync();
        var organiser = await _app.OrganiserAsync();

        var json = await organiser.GetStringAsync("/api/organiser/events/forum-2021/report?lang=fr");
        var csv = await organiser.GetStringAsync("/api/organiser/events/forum-2021/report.csv?lang=fr");

        var polls = JsonDocument.Parse(json).RootElement.GetProperty("polls");
        Assert.Equal(2, polls.GetArrayLength());
        var first = polls[0];
        Assert.Equal(standard.Id, first.GetProperty("id").GetInt32());
        Assert.Equal("Quelle norme de données utilisez-vous ?", first.GetProperty("question").GetString());
        Assert.Equal("fr", first.GetProperty("language").GetString());
        Assert.Equal("singleChoice", first.GetProperty("kind").GetString());
        Assert.Equal("closed", first.GetProperty("state").GetString());
        Assert.Equal(3, first.GetProperty("respondents").GetInt32());
        Assert.Equal([("HXL", 2, 0.6667m), ("Aucune pour l’instant", 1, 0.3333m)], Choices(first));
        var second = polls[1];
        Assert.Equal(("Which tools?", "en", "multipleChoice", 2), (second.GetProperty("question").GetString(), second.GetProperty("language").GetString(),
            second.GetProperty("kind").GetString(), second.GetProperty("respondents").GetInt32()));
        Assert.Equal([("Maps", 2, 1m), ("Chat", 1, 0.5m)], Choices(second));
        Assert.Equal(tools.Id, second.GetProperty("id").GetInt32());
        Assert.Contains("""
            comments,published,0
            poll_kind,Q1: Quelle norme de données utilisez-vous ?,SingleChoice
            poll_state,Q1: Quelle norme de données utilisez-vous ?,Closed
            poll_respondents,Q1: Quelle norme de données utilisez-vous ?,3
            poll_choice_count,Q1: HXL,2
            poll_choice_share,Q1: HXL,0.6667
            poll_choice_count,Q1: Aucune pour l’instant,1
            poll_choice_share,Q1: Aucune pour l’instant,0.3333
            poll_kind,Q2: Which tools?,MultipleChoice
            poll_state,Q2: Which tools?,Closed
            poll_respondents,Q2: Which tools?,2
            poll_choice_count,Q2: Maps,2
            poll_choice_share,Q2: Maps,1
            poll_choice_count,Q2: Chat,1
            poll_choice_share,Q2: Chat,0.5

            """.Replace("\r\n", "\n", StringComparison.Ordinal), csv, StringComparison.Ordinal);

        // Without a language the report follows the browser's default: English, the original texts.
        var english = JsonDocument.Parse(await organiser.GetStringAsync("/api/organiser/events/forum-2021/report")).RootElement.GetProperty("polls");
        Assert.Equal("Which data standard do you use?", english[0].GetProperty("question").GetString());
        Assert.Equal("None yet", english[0].GetProperty("choices")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task PollReportPage_DrawsAChartPerPoll_WithSharesAndTheNumbersInATable()
    {
        var (standard, tools) = await SeedAsync();
        var organiser = await _app.OrganiserAsync();

        var html = await organiser.GetStringAsync("/organiser/events/forum-2021/report?lang=fr");

        var id = $"poll-{standard.Id}";
        Assert.Contains($"<h2 id=\"{id}-heading\">Sondage : Quelle norme de données utilisez-vous ?</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"", html, StringComparison.Ordinal);
        Assert.Contains($"<title id=\"{id}-title\">Sondage : Quelle norme de données utilisez-vous ?</title><desc id=\"{id}-desc\">Réponses par choix ; 3 personnes ont répondu.</desc>",
            html, StringComparison.Ordinal);
        // Bars are as long as their count allows, set by attribute (the CSP allows no inline style): 2 of 2 fills the 360 units.
        Assert.Contains("width=\"360\" height=\"18\" fill=\"#1f5fbf\"><title>HXL (66,7 %): 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("width=\"180\" height=\"18\" fill=\"#1f5fbf\"><title>Aucune pour l’instant (33,3 %): 1</title>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">HXL (66,7 %)</th><td>2</td></tr>", html, StringComparison.Ordinal);
        // The untranslated poll says it is in English.
        Assert.Contains($"<h2 id=\"poll-{tools.Id}-heading\" lang=\"en\">Sondage : Which tools?</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Maps (100 %)</th><td>2</td></tr>", html, StringComparison.Ordinal);
    }

    private static List<(string, int, decimal)> Choices(JsonElement poll) => poll.GetProperty("choices").EnumerateArray()
        .Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("count").GetInt32(), c.GetProperty("share").GetDecimal())).ToList();
}
