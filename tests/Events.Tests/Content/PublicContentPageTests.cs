using System.Net;
using System.Text.RegularExpressions;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Content;

public sealed partial class PublicContentPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PageInFrench_ShowsTheTranslations_AndMarksOnlyTheDescriptionLeftInEnglish()
    {
        await PublicContentSeed.AddAsync(_app);

        var html = await PageAsync("fr");

        Assert.Contains("<title>Outils numériques pour la protection · Events</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Un webinaire thématique.\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1><span lang=\"fr\">Outils numériques pour la protection</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h3><span lang=\"fr\">Table ronde sur les outils</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"fr\">Principes directeurs</span>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"speaker-bio\"><span lang=\"fr\">Travaille sur la protection.</span></p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"reading-note\"><span lang=\"fr\">Commencez ici.</span></p>", html, StringComparison.Ordinal);
        Assert.Equal(["<span lang=\"en\">How tools help.</span> <span class=\"in-language\">(en anglais)</span>"], Markers(html, "(en anglais)"));
        Assert.Single(html.Split("(en anglais)").Skip(1));
        Assert.DoesNotContain("Digital tools", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageInSpanish_MarksExactlyTheTextsWithoutASpanishTranslation()
    {
        await PublicContentSeed.AddAsync(_app);

        var html = await PageAsync("es");

        Assert.Contains("<h1><span lang=\"es\">Herramientas digitales para la protección</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h3><span lang=\"es\">Palabras de apertura</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"speaker-role\"><span lang=\"es\">Directora</span>, UNHCR</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"speaker-bio\"><span lang=\"es\">Trabaja en protección.</span></p>", html, StringComparison.Ordinal);
        Assert.Equal(
        [
            "<span lang=\"en\">A thematic webinar.</span> <span class=\"in-language\">(en inglés)</span>",
            "<span lang=\"en\">Network</span> <span class=\"in-language\">(en inglés)</span>",
            "<span lang=\"en\">Tech tools panel</span> <span class=\"in-language\">(en inglés)</span>",
        ], Markers(html, "(en inglés)"));
        Assert.Contains("<li lang=\"fr\">French <span class=\"in-language\">(en inglés)</span></li>", html, StringComparison.Ordinal);
        // The channel choice of the form says it too, as plain option text.
        Assert.Contains(">French (en inglés)</option>", html, StringComparison.Ordinal);
        Assert.Equal(5, html.Split("(en inglés)").Length - 1);
    }

    [Fact]
    public async Task RegistrationInSpanish_OffersTranslatedOptions_AndStoresTheOriginalOption()
    {
        var seed = await PublicContentSeed.AddAsync(_app);
        var client = _app.CreateClient();
        var html = await client.GetStringAsync($"/events/{PublicContentSeed.Slug}?lang=es");
        Assert.Contains("<span lang=\"es\">Su sector</span>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Civil society\" lang=\"es\">Sociedad civil</option>", html, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/events/{PublicContentSeed.Slug}?handler=Register&lang=es", new Dictionary<string, string>
        {
            ["Form.Name"] = "Lucía",
            ["Form.Email"] = "lucia@example.org",
            ["Form.Language"] = "es",
            ["Form.Consent"] = "true",
            [$"Form.Answers[{seed.QuestionId}]"] = "Civil society",
        }, WebUtility.HtmlDecode(Antiforgery().Match(html).Groups[1].Value));

        Assert.Contains("data-registered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var answer = await _app.WithDbAsync(db => db.RegistrationAnswers.SingleAsync());
        Assert.Equal((seed.QuestionId, "Civil society"), (answer.QuestionId, answer.Value));
    }

    [Fact]
    public async Task HomePage_ListsTheTitleInTheReadersLanguage()
    {
        await PublicContentSeed.AddAsync(_app);

        var html = await _app.CreateClient().GetStringAsync("/?lang=es");

        Assert.Contains("<span lang=\"es\">Herramientas digitales para la protección</span>", html, StringComparison.Ordinal);
    }

    private Task<string> PageAsync(string language) => _app.CreateClient().GetStringAsync($"/events/{PublicContentSeed.Slug}?lang={language}");

    /// <summary>Each fallback marker with the text it marks, in page order.</summary>
    private static string[] Markers(string html, string marker) =>
        Regex.Matches(html, "<span lang=\"[a-z]+\">[^<]*</span> <span class=\"in-language\">" + Regex.Escape(marker) + "</span>")
            .Select(m => m.Value).ToArray();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
