using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;

namespace Events.Tests.Content;

public sealed class PublicContentApiTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Event_WithAcceptLanguageFrench_IsInFrenchAndListsTheOneTextLeftInEnglish()
    {
        var seed = await PublicContentSeed.AddAsync(_app);
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var ev = await client.GetFromJsonAsync<JsonElement>($"/api/events/{PublicContentSeed.Slug}");

        Assert.Equal("fr", ev.GetProperty("language").GetString());
        Assert.Equal("en", ev.GetProperty("originalLanguage").GetString());
        Assert.Equal(["en", "fr", "es"], Strings(ev.GetProperty("languages")));
        Assert.Equal(seed.UntranslatedInFrench, Strings(ev.GetProperty("untranslated")));
        Assert.Equal("Outils numériques pour la protection", ev.GetProperty("title").GetString());
        Assert.Equal("Un webinaire thématique.", ev.GetProperty("summary").GetString());
        Assert.Equal(["Sensibilisation", "Réseau"], Strings(ev.GetProperty("expectedOutcomes")));
        var agenda = ev.GetProperty("agenda").EnumerateArray().ToList();
        Assert.Equal(["Mot d’ouverture", "Table ronde sur les outils"], agenda.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("How tools help.", agenda[1].GetProperty("description").GetString());
        var person = agenda[1].GetProperty("people")[0];
        Assert.Equal(("Ana Panel", "Directrice", "UNHCR", "Principes directeurs"),
            (person.GetProperty("name").GetString(), person.GetProperty("title").GetString(), person.GetProperty("organisation").GetString(), person.GetProperty("topic").GetString()));
        var speaker = ev.GetProperty("speakers")[0];
        Assert.Equal(("Directrice", "Travaille sur la protection."), (speaker.GetProperty("title").GetString(), speaker.GetProperty("bio").GetString()));
        Assert.Equal(["Anglais", "Français"], ev.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        var reading = ev.GetProperty("readings")[0];
        Assert.Equal("Commencez ici.", reading.GetProperty("note").GetString());
        Assert.Equal("ILO (2014) Profits and Poverty. Geneva: ILO.", reading.GetProperty("citation").GetString());
        var question = ev.GetProperty("questions")[0];
        Assert.Equal("Votre secteur", question.GetProperty("label").GetString());
        Assert.Equal(["Gouvernement", "Société civile"], Strings(question.GetProperty("options")));
    }

    [Fact]
    public async Task Event_WithLangSpanish_HasNoEnglishWhereATranslationExistsAndListsEveryGapExactly()
    {
        var seed = await PublicContentSeed.AddAsync(_app);
        var client = _app.CreateClient();
        // ?lang= wins over the browser's language.
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var ev = await client.GetFromJsonAsync<JsonElement>($"/api/events/{PublicContentSeed.Slug}?lang=es");

        Assert.Equal("es", ev.GetProperty("language").GetString());
        Assert.Equal(seed.UntranslatedInSpanish, Strings(ev.GetProperty("untranslated")));
        Assert.Equal("Herramientas digitales para la protección", ev.GetProperty("title").GetString());
        Assert.Equal("A thematic webinar.", ev.GetProperty("summary").GetString());
        Assert.Equal(["Sensibilización", "Network"], Strings(ev.GetProperty("expectedOutcomes")));
        var agenda = ev.GetProperty("agenda").EnumerateArray().ToList();
        Assert.Equal(["Palabras de apertura", "Tech tools panel"], agenda.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("Cómo ayudan las herramientas.", agenda[1].GetProperty("description").GetString());
        Assert.Equal("Principios rectores", agenda[1].GetProperty("people")[0].GetProperty("topic").GetString());
        Assert.Equal("Trabaja en protección.", ev.GetProperty("speakers")[0].GetProperty("bio").GetString());
        Assert.Equal(["Inglés", "French"], ev.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        Assert.Equal(["Gobierno", "Sociedad civil"], Strings(ev.GetProperty("questions")[0].GetProperty("options")));
        var body = await client.GetStringAsync($"/api/events/{PublicContentSeed.Slug}?lang=es");
        foreach (var english in new[] { "Digital tools", "Opening remarks", "Works on protection.", "Guiding principles", "Start here.", "Your sector", "Government", "\"Director\"" })
        {
            Assert.DoesNotContain(english, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Event_InItsOriginalLanguage_HasNothingUntranslated()
    {
        await PublicContentSeed.AddAsync(_app);

        var ev = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{PublicContentSeed.Slug}?lang=en");

        Assert.Equal("en", ev.GetProperty("language").GetString());
        Assert.Empty(ev.GetProperty("untranslated").EnumerateArray());
        Assert.Equal("Digital tools for protection", ev.GetProperty("title").GetString());
        Assert.Equal("Works on protection.", ev.GetProperty("speakers")[0].GetProperty("bio").GetString());
    }

    [Fact]
    public async Task List_GivesEachTitleAndSummaryInTheReadersLanguage()
    {
        await PublicContentSeed.AddAsync(_app);
        var client = _app.CreateClient();

        var french = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/events?lang=fr")).EnumerateArray());
        var spanish = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/events?lang=es")).EnumerateArray());

        Assert.Equal(("Outils numériques pour la protection", "Un webinaire thématique.", "fr"),
            (french.GetProperty("title").GetString(), french.GetProperty("summary").GetString(), french.GetProperty("language").GetString()));
        Assert.Empty(french.GetProperty("untranslated").EnumerateArray());
        Assert.Equal(("Herramientas digitales para la protección", "A thematic webinar."),
            (spanish.GetProperty("title").GetString(), spanish.GetProperty("summary").GetString()));
        Assert.Equal(["event/Summary"], Strings(spanish.GetProperty("untranslated")));
        Assert.Equal(["en", "fr", "es"], Strings(spanish.GetProperty("languages")));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
}
