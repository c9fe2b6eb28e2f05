using System.Net;
using System.Text.Json;
using Events.Tests.Infrastructure;

namespace Events.Tests.TranslationTools;

public sealed class TranslationStatusTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Api_lists_exactly_the_texts_each_language_lacks_with_counts()
    {
        var seeded = await TranslationSeed.EventAsync(_app);
        var client = await _app.OrganiserAsync();

        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/organiser/events/{seeded.Slug}/translations")).RootElement;

        var languages = json.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("language").GetString()!);
        Assert.Equal(["fr", "es"], languages.Keys);
        var fr = languages["fr"];
        Assert.Equal(TranslationSeed.MissingInFrench(seeded), fr.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("key").GetString()!).ToHashSet());
        Assert.Equal(TranslationSeed.MissingInSpanish(seeded), languages["es"].GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("key").GetString()!).ToHashSet());
        Assert.Equal((13, 6, 46), (fr.GetProperty("total").GetInt32(), fr.GetProperty("translated").GetInt32(), fr.GetProperty("percent").GetInt32()));
        var description = fr.GetProperty("missing").EnumerateArray().Single(m => m.GetProperty("key").GetString() == $"agenda/{seeded.AgendaId}/Description");
        Assert.Equal("agenda", description.GetProperty("part").GetString());
        Assert.Equal("Description", description.GetProperty("field").GetString());
        Assert.Equal("Welcome and purpose.", description.GetProperty("original").GetString());
        Assert.Equal("Agenda: Opening remarks — Description", description.GetProperty("description").GetString());
        Assert.Equal($"/organiser/events/{seeded.Slug}/agenda/{seeded.AgendaId}", description.GetProperty("editUrl").GetString());
    }

    [Fact]
    public async Task Page_lists_exactly_the_missing_texts_per_language_with_links_to_their_forms()
    {
        var seeded = await TranslationSeed.EventAsync(_app);
        var client = await _app.OrganiserAsync();

        var html = await client.GetStringAsync($"/organiser/events/{seeded.Slug}/translations");

        Assert.Equal(TranslationSeed.MissingInFrench(seeded), TranslationSeed.ListedMissing(html, "fr"));
        Assert.Equal(TranslationSeed.MissingInSpanish(seeded), TranslationSeed.ListedMissing(html, "es"));
        Assert.Contains("6 of 13 texts translated (46 %)", html, StringComparison.Ordinal);
        Assert.Contains("Agenda topic: Opening remarks — Ana Diaz — Topic", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organiser/events/{seeded.Slug}/readings?edit={seeded.ReadingId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organiser/events/{seeded.Slug}/questions?edit={seeded.QuestionId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/organiser/events/{seeded.Slug}/translations/export?lang=es&amp;format=xliff\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-complete", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_in_spanish_names_the_texts_in_spanish()
    {
        var seeded = await TranslationSeed.EventAsync(_app);
        var client = await _app.OrganiserAsync();

        var html = await client.GetStringAsync($"/organiser/events/{seeded.Slug}/translations?lang=es");

        Assert.Contains("Programa: Opening remarks — Descripción", html, StringComparison.Ordinal);
        Assert.Contains("6 de 13 textos traducidos (46 %)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fully_translated_event_shows_the_empty_state()
    {
        var seeded = await TranslationSeed.EventAsync(_app, complete: true);
        var client = await _app.OrganiserAsync();

        var html = await client.GetStringAsync($"/organiser/events/{seeded.Slug}/translations");

        Assert.Contains("data-complete", html, StringComparison.Ordinal);
        Assert.Empty(TranslationSeed.ListedMissing(html, "fr"));
        Assert.Empty(TranslationSeed.ListedMissing(html, "es"));
    }

    [Fact]
    public async Task Unknown_event_is_not_found()
    {
        var client = await _app.OrganiserAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/organiser/events/nope/translations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organiser/events/nope/translations")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_links_to_the_translations_page()
    {
        var seeded = await TranslationSeed.EventAsync(_app);
        var client = await _app.OrganiserAsync();

        var html = await client.GetStringAsync($"/organiser/events/{seeded.Slug}");

        Assert.Contains($"href=\"/organiser/events/{seeded.Slug}/translations\"", html, StringComparison.Ordinal);
    }
}
