using System.Net.Http.Json;
using Events.Core.Demo;
using Events.Core.Speakers;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using static Events.Tests.Organiser.AgendaTestKit;

namespace Events.Tests.Public;

public sealed class PublicAgendaTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PanelEnteredThroughThePages_ShowsOnTheFrenchPublicPageWithFrenchRoleWords()
    {
        var client = await _app.OrganiserAsync();
        await client.CreateEventAsync();
        var chemaly = await client.AddSpeakerAsync(_app, "William Chemaly", "UNHCR");
        var mullally = await client.AddSpeakerAsync(_app, "Siobhán Mullally");
        var darnton = await client.AddSpeakerAsync(_app, "Hannah Darnton");
        var vergara = await client.AddSpeakerAsync(_app, "Mayerlín Vergara Pérez");
        (await client.AddItemAsync(ItemFields("Panel", "16:10", 45, "Panel",
            (chemaly, "Moderator", ""), (mullally, "Panellist", "Guiding principles"), (darnton, "Panellist", "Tech tools"), (vergara, "Panellist", "Colombia")))).EnsureRedirect();
        (await client.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();

        var html = await _app.CreateClient().GetStringAsync("/events/forum-2021?culture=fr");

        var agenda = html[html.IndexOf("id=\"agenda\"", StringComparison.Ordinal)..];
        foreach (var name in new[] { "William Chemaly", "Siobhán Mullally", "Hannah Darnton", "Mayerlín Vergara Pérez" })
        {
            Assert.Contains($"<strong>{name}</strong>", agenda, StringComparison.Ordinal);
        }
        Assert.Contains("<span class=\"role\">Modérateur·rice</span>", agenda, StringComparison.Ordinal);
        Assert.Equal(3, agenda.Split("<span class=\"role\">Panéliste</span>").Length - 1);
        Assert.Contains("<span class=\"kind\">Table ronde</span>", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Role.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@Kind", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeakersSection_ShowsBioAndHttpsPhotoWithAltText_ButNeverTheEmail()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/speakers",
            new SpeakerInput("Grace Forrest", "Founding Director", "Walk Free", "Works against modern slavery.", "https://example.org/gf.jpg", "grace@example.org"))).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/speakers",
            new SpeakerInput("GBV AoR", null, null, null, "http://example.org/plain.jpg", null))).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();

        var html = await _app.CreateClient().GetStringAsync("/events/forum-2021?culture=es");

        var speakers = html[html.IndexOf("<h2 id=\"speakers\">Ponentes</h2>", StringComparison.Ordinal)..];
        Assert.Contains("<h3>Grace Forrest</h3>", speakers, StringComparison.Ordinal);
        // No Spanish translation: the English original, marked as such.
        Assert.Contains("<p class=\"speaker-role\"><span lang=\"en\">Founding Director</span> <span class=\"in-language\">(en inglés)</span>, Walk Free</p>", speakers, StringComparison.Ordinal);
        Assert.Contains("<p class=\"speaker-bio\"><span lang=\"en\">Works against modern slavery.</span> <span class=\"in-language\">(en inglés)</span></p>", speakers, StringComparison.Ordinal);
        Assert.Contains("<img class=\"speaker-photo\" src=\"https://example.org/gf.jpg\" alt=\"Foto de Grace Forrest\" loading=\"lazy\"", speakers, StringComparison.Ordinal);
        // The page's policy blocks plain-http images, so none is offered.
        Assert.DoesNotContain("http://example.org/plain.jpg", html, StringComparison.Ordinal);
        Assert.Contains("<h3>GBV AoR</h3>", speakers, StringComparison.Ordinal);
        Assert.DoesNotContain("grace@example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelEvent_InSpanish_NamesEveryRoleAndKindInWords()
    {
        using var demo = new EventsApp(new() { ["Demo:Enabled"] = "true" });

        var html = await demo.CreateClient().GetStringAsync($"/events/{ModelEvent.Slug}?culture=es");

        Assert.Contains("<span class=\"role\">Moderador/a</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"role\">Panelista</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kind\">Preguntas en plenaria</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Role.", html, StringComparison.Ordinal);
    }
}
