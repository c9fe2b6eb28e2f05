using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Events.Core.Accounts;
using Events.Core.Agenda;
using Events.Core.Live;
using Events.Core.Teams;
using Events.Tests.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Captions;

public sealed partial class CaptionTranscriptTests
{
    [GeneratedRegex(@"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$", RegexOptions.Multiline)]
    private static partial Regex CueTiming();

    [Fact]
    public async Task CaptionTranscript_WebVtt_NamesTheAgendaSegment_WithValidCueTiming()
    {
        await using var live = await LiveFixture.StartAsync(e => e.AgendaItems.Single(a => a.Title == "Panel").Translations.Set("fr", nameof(AgendaItem.Title), "Table ronde"));
        var moderator = await live.ModeratorAsync();
        var captioner = await live.CaptionerAsync();
        using var organiser = await live.HttpAsync("organiser@example.org", Roles.Administrator);
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Start));
        await captioner.SendAsync(live, "fr", "Bienvenue <à> tous & toutes.");
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Next));
        await captioner.SendAsync(live, "fr", "Première intervenante.");
        await Task.Delay(300);
        await captioner.SendAsync(live, "fr", "Deuxième intervenant.");
        await captioner.SendAsync(live, "es", "Línea en español.");

        var response = await organiser.GetAsync("/api/organiser/events/live-forum/captions/fr.vtt");
        var vtt = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vtt", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("WEBVTT\n\n", vtt, StringComparison.Ordinal);
        var opening = vtt.IndexOf("NOTE Opening remarks\n", StringComparison.Ordinal);
        var panel = vtt.IndexOf("NOTE Table ronde\n", StringComparison.Ordinal);
        Assert.True(opening > 0 && panel > vtt.IndexOf("Bienvenue", StringComparison.Ordinal) && panel < vtt.IndexOf("Première", StringComparison.Ordinal), vtt);
        Assert.Contains("\n1 Opening remarks\n", vtt, StringComparison.Ordinal);
        Assert.Contains("\n3 Table ronde\n", vtt, StringComparison.Ordinal);
        Assert.Contains("Bienvenue &lt;à&gt; tous &amp; toutes.", vtt, StringComparison.Ordinal);
        Assert.DoesNotContain("español", vtt, StringComparison.Ordinal);
        var cues = CueTiming().Matches(vtt).Select(m => (Start: Time(m, 1), End: Time(m, 5))).ToList();
        Assert.Equal(3, cues.Count);
        Assert.All(cues, c => Assert.True(c.Start < c.End && c.End - c.Start <= TimeSpan.FromSeconds(4), vtt));
        Assert.True(cues[0].Start <= cues[1].Start && cues[1].Start < cues[2].Start, vtt);
        Assert.Equal(cues[2].Start, cues[1].End);
        Assert.Equal(TimeSpan.FromSeconds(4), cues[2].End - cues[2].Start);
    }

    [Fact]
    public async Task CaptionTranscript_PlainText_HasLocalTimesAndSegments_ForOrganisersOnly()
    {
        await using var live = await LiveFixture.StartAsync();
        var moderator = await live.ModeratorAsync();
        var captioner = await live.CaptionerAsync();
        Assert.True(await moderator.InvokeAsync<bool>("RunSession", live.Event.Id, SessionCommand.Start));
        await captioner.SendAsync(live, "en", "Welcome.");
        using var organiser = await live.HttpAsync("organiser@example.org", Roles.Administrator);
        using var captionerHttp = await live.HttpAsync("captioner@example.org", Roles.Moderator);

        var text = await organiser.GetStringAsync("/api/organiser/events/live-forum/captions/en.txt");
        var at = await live.App.WithDbAsync(db => Task.FromResult(db.CaptionLines.Single().AtUtc));
        var local = TimeZoneInfo.ConvertTimeFromUtc(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        Assert.Equal($"Opening remarks\n[{local:HH:mm}] Welcome.\n", text);
        Assert.Equal(HttpStatusCode.BadRequest, (await organiser.GetAsync("/api/organiser/events/live-forum/captions/de.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await captionerHttp.GetAsync("/api/organiser/events/live-forum/captions/en.txt")).StatusCode);
    }

    private static TimeSpan Time(Match m, int first) => new(0, int.Parse(m.Groups[first].Value, CultureInfo.InvariantCulture),
        int.Parse(m.Groups[first + 1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[first + 2].Value, CultureInfo.InvariantCulture),
        int.Parse(m.Groups[first + 3].Value, CultureInfo.InvariantCulture));
}
