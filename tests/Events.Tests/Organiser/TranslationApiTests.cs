using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

/// <summary>Organisers write every text in every offered language through the API; the stored translations come back.</summary>
public sealed class TranslationApiTests : IDisposable
{
    private const string Api = "/api/organiser/events";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static JsonObject Tr(string language, params (string Field, string Text)[] fields)
    {
        var texts = new JsonObject();
        foreach (var (field, text) in fields)
        {
            texts[field] = text;
        }
        return new JsonObject { [language] = texts };
    }

    private static JsonObject Body(object input, JsonObject? translations)
    {
        var body = JsonSerializer.SerializeToNode(input, JsonSerializerOptions.Web)!.AsObject();
        body.Remove("translations");
        if (translations is not null)
        {
            body["translations"] = translations;
        }
        return body;
    }

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<HttpClient> WithEventAsync()
    {
        var client = await _app.OrganiserAsync();
        var body = Body(TestData.Event(), Tr("fr", ("Title", "Forum sur la protection"), ("ExpectedOutcomes.1", "Réseau")));
        body["originalLanguage"] = "en";
        body["languages"] = new JsonArray("en", "fr", "es");
        await JsonAsync(await client.PostAsJsonAsync(Api, body));
        return client;
    }

    [Fact]
    public async Task Event_TranslationsAndLanguages_RoundTrip_AndAnUpdateWithoutThemKeepsThem()
    {
        var client = await WithEventAsync();

        var got = await JsonAsync(await client.GetAsync($"{Api}/forum-2021"));
        Assert.Equal("Forum sur la protection", (string?)got["translations"]!["fr"]!["Title"]);
        Assert.Equal("Réseau", (string?)got["translations"]!["fr"]!["ExpectedOutcomes.1"]);
        Assert.Equal(["en", "fr", "es"], got["languages"]!.AsArray().Select(l => (string?)l));

        var kept = await JsonAsync(await client.PutAsJsonAsync($"{Api}/forum-2021", TestData.Event() with { Title = "Protection forum 2021" }));
        Assert.Equal("Forum sur la protection", (string?)kept["translations"]!["fr"]!["Title"]);
        Assert.Equal("en", (string?)kept["originalLanguage"]);

        var replaced = await JsonAsync(await client.PutAsJsonAsync($"{Api}/forum-2021",
            Body(TestData.Event(), Tr("es", ("Summary", "Un seminario web temático.")))));
        Assert.Null(replaced["translations"]!["fr"]);
        Assert.Equal("Un seminario web temático.", await _app.WithDbAsync(async db =>
            (await db.Events.SingleAsync()).Translations.Get("es", "Summary")));
    }

    [Fact]
    public async Task Event_RefusesUnknownOfferedLanguages_AndAnOriginalItDoesNotOffer()
    {
        var client = await _app.OrganiserAsync();
        var body = Body(TestData.Event(), null);
        body["originalLanguage"] = "fr";
        body["languages"] = new JsonArray("en", "es");

        var response = await client.PostAsJsonAsync(Api, body);

        Assert.Equal(["languages"], await response.AssertValidationProblemAsync());
        body["languages"] = new JsonArray("en", "de");
        Assert.Equal(["languages"], await (await client.PostAsJsonAsync(Api, body)).AssertValidationProblemAsync());
    }

    [Fact]
    public async Task AgendaItemAndTopic_RoundTrip_AndTopicsStayWithTheSpeakerWhenLeftOut()
    {
        var client = await WithEventAsync();
        var speaker = await JsonAsync(await client.PostAsJsonAsync($"{Api}/forum-2021/speakers", new { name = "Ana" }));
        var speakerId = (int)speaker["id"]!;
        var body = Body(TestData.Item("Opening remarks", 16, 0, 10), Tr("fr", ("Title", "Mot d’ouverture"), ("Description", "Accueil")));
        body["people"] = new JsonArray(new JsonObject
        {
            ["speakerId"] = speakerId, ["role"] = "speaker", ["topic"] = "Welcome", ["translations"] = Tr("es", ("Topic", "Bienvenida")),
        });

        var item = await JsonAsync(await client.PostAsJsonAsync($"{Api}/forum-2021/agenda", body));
        var id = (int)item["id"]!;
        Assert.Equal("Mot d’ouverture", (string?)item["translations"]!["fr"]!["Title"]);
        Assert.Equal("Bienvenida", (string?)item["people"]![0]!["translations"]!["es"]!["Topic"]);

        body.Remove("translations");
        ((JsonObject)body["people"]![0]!).Remove("translations");
        var updated = await JsonAsync(await client.PutAsJsonAsync($"{Api}/forum-2021/agenda/{id}", body));
        Assert.Equal("Accueil", (string?)updated["translations"]!["fr"]!["Description"]);
        Assert.Equal("Bienvenida", (string?)updated["people"]![0]!["translations"]!["es"]!["Topic"]);
        var full = await JsonAsync(await client.GetAsync($"{Api}/forum-2021"));
        Assert.Equal("Mot d’ouverture", (string?)full["agenda"]![0]!["translations"]!["fr"]!["Title"]);
    }

    [Fact]
    public async Task SpeakerChannelReadingAndQuestion_TranslationsRoundTrip_AndSurviveAnUpdateWithoutThem()
    {
        var client = await WithEventAsync();
        var cases = new (string Part, JsonObject Body, JsonObject Translations)[]
        {
            ("speakers", new JsonObject { ["name"] = "Ana", ["title"] = "Director", ["bio"] = "Works on protection." },
                Tr("fr", ("Title", "Directrice"), ("Bio", "Travaille sur la protection."))),
            ("channels", new JsonObject { ["languageCode"] = "fr", ["label"] = "French", ["isFloor"] = false },
                Tr("fr", ("Label", "Français"))),
            ("readings", new JsonObject { ["title"] = "Profits and Poverty", ["year"] = 2014, ["note"] = "Chapter 2" },
                Tr("es", ("Note", "Capítulo 2"))),
            ("questions", new JsonObject { ["kind"] = "choice", ["label"] = "Sector", ["options"] = new JsonArray("Public", "Private"), ["required"] = false },
                Tr("es", ("Label", "Sector"), ("Options.1", "Privado"))),
        };
        foreach (var (part, body, translations) in cases)
        {
            var withTranslations = body.DeepClone().AsObject();
            withTranslations["translations"] = translations.DeepClone();
            var created = await JsonAsync(await client.PostAsJsonAsync($"{Api}/forum-2021/{part}", withTranslations));
            Assert.True(JsonNode.DeepEquals(translations, created["translations"]), $"{part}: {created["translations"]}");

            var updated = await JsonAsync(await client.PutAsJsonAsync($"{Api}/forum-2021/{part}/{(int)created["id"]!}", body));
            Assert.True(JsonNode.DeepEquals(translations, updated["translations"]), $"{part} after update: {updated["translations"]}");
        }
        var channels = await JsonAsync(await client.GetAsync($"{Api}/forum-2021/channels"));
        Assert.Equal("Français", (string?)channels[0]!["translations"]!["fr"]!["Label"]);
    }

    [Theory]
    [InlineData("speakers", "{\"name\":\"Ana\",\"translations\":{\"de\":{\"Title\":\"Direktorin\"}}}", "translations.de")]
    [InlineData("speakers", "{\"name\":\"Ana\",\"translations\":{\"fr\":{\"Titel\":\"Directrice\"}}}", "translations.fr.Titel")]
    [InlineData("speakers", "{\"name\":\"Ana\",\"translations\":{\"en\":{\"Title\":\"Director\"}}}", "translations.en")]
    [InlineData("readings", "{\"title\":\"A\",\"translations\":{\"fr\":{\"Title\":\"Le titre reste publié\"}}}", "translations.fr.Title")]
    [InlineData("channels", "{\"languageCode\":\"fr\",\"label\":\"French\",\"translations\":{\"xx\":{\"Label\":\"?\"}}}", "translations.xx")]
    [InlineData("questions", "{\"kind\":\"choice\",\"label\":\"Sector\",\"options\":[\"A\",\"B\"],\"translations\":{\"fr\":{\"Options.2\":\"C\"}}}", "translations.fr.Options.2")]
    [InlineData("agenda", "{\"kind\":\"presentation\",\"title\":\"A\",\"start\":\"2021-10-26T16:00:00\",\"durationMinutes\":5,\"translations\":{\"fr\":{\"Topic\":\"x\"}}}", "translations.fr.Topic")]
    public async Task UnknownLanguageOrField_IsA400NamingIt(string part, string json, string field)
    {
        var client = await WithEventAsync();

        var response = await client.PostAsync($"{Api}/forum-2021/{part}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal([field], await response.AssertValidationProblemAsync());
    }

    [Fact]
    public async Task TranslationLongerThanTheOriginalFieldAllows_IsA400NamingIt()
    {
        var client = await WithEventAsync();

        var response = await client.PutAsJsonAsync($"{Api}/forum-2021", Body(TestData.Event(), Tr("fr", ("Title", new string('x', 201)))));

        Assert.Equal(["translations.fr.Title"], await response.AssertValidationProblemAsync());
    }
}
