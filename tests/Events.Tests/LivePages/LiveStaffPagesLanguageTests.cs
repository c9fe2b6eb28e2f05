using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Events.Tests.Infrastructure;
using Events.Web.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.LivePages;

/// <summary>The console and the presenter view speak the page's language, by each of the ways a culture is chosen.</summary>
public sealed partial class LiveStaffPagesLanguageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("<script type=\"application/json\" id=\"live-texts\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex TextsIsland();

    private async Task<(LiveEvent Event, HttpClient Moderator)> ModeratorAsync()
    {
        var ev = await _app.LiveEventAsync();
        await _app.EventModeratorAsync(ev.Id);
        return (ev, await _app.ModeratorAsync());
    }

    private static JsonElement Texts(string html) => JsonDocument.Parse(TextsIsland().Match(html).Groups[1].Value).RootElement;

    [Fact]
    public async Task Console_WithCultureFr_IsInFrench_IncludingTheWordsItsScriptWrites()
    {
        var (ev, moderator) = await ModeratorAsync();
        var html = WebUtility.HtmlDecode(await moderator.GetStringAsync($"/events/{ev.Slug}/console?culture=fr"));

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Console de modération</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-command=\"Next\">Point suivant</button>", html, StringComparison.Ordinal);
        Assert.Contains("data-ask-first=\"Terminer la session pour tout le monde ?\">Terminer</button>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"removed-title\">Écartées et masquées</h2>", html, StringComparison.Ordinal);
        Assert.Contains("data-connected=\"Connecté\"", html, StringComparison.Ordinal);
        foreach (var english in new[] { "Moderator console", "Next item", "Dismissed and hidden", "people connected", "Listeners" })
        {
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
        }

        var texts = Texts(html);
        Assert.Equal("En attente", texts.GetProperty("status").GetProperty("Pending").GetString());
        Assert.Equal("Réponse en cours", texts.GetProperty("status").GetProperty("Answering").GetString());
        Assert.Equal("Pas commencée", texts.GetProperty("session").GetProperty("Published").GetString());
        Assert.Equal("Anonyme pour le public", texts.GetProperty("anonymity").GetProperty("AnonymousToAudience").GetString());
        Assert.Equal("Approuver", texts.GetProperty("actions").GetProperty("Approve").GetString());
        Assert.Equal("Masquer cette question pour tout le monde ?", texts.GetProperty("confirm").GetProperty("Hide").GetString());
        Assert.Equal("{0} votes", texts.GetProperty("votesOther").GetString());
        Assert.Equal("Annuler", texts.GetProperty("cancel").GetString());
        Assert.Empty(_app.Services.GetRequiredService<StringCatalog>().Missing);
    }

    [Fact]
    public async Task Presenter_ByAcceptLanguage_IsInFrench_AndInTheRememberedLanguageSpanish()
    {
        var (ev, moderator) = await ModeratorAsync();
        var url = $"/events/{ev.Slug}/present";
        moderator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var french = WebUtility.HtmlDecode(await moderator.GetStringAsync(url));
        Assert.Contains("<html lang=\"fr\" class=\"presenter\">", french, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"top-title\">Questions les plus votées</h2>", french, StringComparison.Ordinal);
        Assert.Contains("data-empty=\"Pas encore de questions.\"", french, StringComparison.Ordinal);
        Assert.Contains("data-reconnecting=\"Connexion perdue, reconnexion…\"", french, StringComparison.Ordinal);
        Assert.DoesNotContain("Top questions", french, StringComparison.Ordinal);

        // The language switcher's choice, remembered in a cookie, wins over the browser's.
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.GetAsync("/language/es?returnUrl=" + Uri.EscapeDataString(url))).StatusCode);
        var spanish = WebUtility.HtmlDecode(await moderator.GetStringAsync(url));
        Assert.Contains("<html lang=\"es\" class=\"presenter\">", spanish, StringComparison.Ordinal);
        Assert.Contains("<title>Vista de presentación · Protection forum</title>", spanish, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"current-title\">Pregunta en curso</h2>", spanish, StringComparison.Ordinal);
        Assert.Contains("data-none=\"No se está respondiendo ninguna pregunta.\"", spanish, StringComparison.Ordinal);
        Assert.Equal("{0} voto", Texts(spanish).GetProperty("votesOne").GetString());
        Assert.Empty(_app.Services.GetRequiredService<StringCatalog>().Missing);
    }
}
