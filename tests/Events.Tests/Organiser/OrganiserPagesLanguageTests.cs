using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Events.Tests.LivePages;
using Events.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Organiser;

/// <summary>The organiser shell, the moderator page and sign-in read in French and Spanish, with no text left untranslated.</summary>
public sealed class OrganiserPagesLanguageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string, string> Words => new()
    {
        { "fr", "/organiser", "Nouvel événement" },
        { "fr", "/organiser/events/new", "Fuseau horaire" },
        { "fr", "/organiser/events/forum-2021", "Avant de publier" },
        { "fr", "/organiser/events/forum-2021/edit", "Modifier l’événement" },
        { "fr", "/organiser/events/forum-2021/settings", "Avant : un·e modérateur·rice valide chaque question d’abord" },
        { "fr", "/organiser/events/forum-2021/emails", "Aucun courriel pour l’instant." },
        { "fr", "/organiser/events/forum-2021/report", "Taux de présence" },
        { "es", "/organiser", "Nuevo evento" },
        { "es", "/organiser/events/new", "Zona horaria" },
        { "es", "/organiser/events/forum-2021", "Antes de publicar" },
        { "es", "/organiser/events/forum-2021/edit", "Editar el evento" },
        { "es", "/organiser/events/forum-2021/settings", "Asistencia e información para intérpretes" },
        { "es", "/organiser/events/forum-2021/emails", "Todavía no hay correos." },
        { "es", "/organiser/events/forum-2021/report", "Inscripciones por día" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public async Task OrganiserPage_RendersInTheAskedLanguage(string language, string url, string expected)
    {
        var client = await _app.OrganiserAsync();
        (await client.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("@Event", html, StringComparison.Ordinal);
        Assert.DoesNotContain("EventStatus.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_InEveryLanguage_FindsAllItsTexts()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        var eventId = await _app.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
        await _app.EventModeratorAsync(eventId);
        var moderator = await _app.ModeratorAsync();
        var anonymous = _app.CreateClient();
        string[] organiserPages = ["/organiser", "/organiser/events/new", "/organiser/events/forum-2021", "/organiser/events/forum-2021/edit",
            "/organiser/events/forum-2021/settings", "/organiser/events/forum-2021/emails", "/organiser/events/forum-2021/report"];

        foreach (var language in new[] { "en", "fr", "es" })
        {
            foreach (var client in new[] { organiser, moderator, anonymous })
            {
                client.DefaultRequestHeaders.AcceptLanguage.Clear();
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            }
            foreach (var url in organiserPages)
            {
                Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync(url)).StatusCode);
            }
            Assert.Contains(language == "fr" ? "Vos sessions en direct" : language == "es" ? "Sus sesiones en directo" : "Your live sessions",
                WebUtility.HtmlDecode(await moderator.GetStringAsync("/moderator")), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/account/login")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync("/account/denied")).StatusCode);
        }

        Assert.Empty(_app.Services.GetRequiredService<StringCatalog>().Missing);
    }
}
