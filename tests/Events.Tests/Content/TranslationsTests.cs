using Events.Core.Content;
using Events.Core.Events;
using Microsoft.EntityFrameworkCore;
using Events.Tests.Infrastructure;

namespace Events.Tests.Content;

public sealed class TranslationsTests
{
    [Fact]
    public void Values_survive_the_json_column_and_blank_removes()
    {
        var translations = new Translations();
        translations.Set("fr", "Title", "  Technologies numériques  ");
        translations.Set("es", "Title", "Tecnologías digitales");
        translations.Set("es", "Title", " ");

        var back = Translations.FromJson(translations.ToJson());

        Assert.Equal("Technologies numériques", back.Get("fr", "Title"));
        Assert.Null(back.Get("es", "Title"));
        Assert.Equal(["fr"], back.Languages);
    }

    [Fact]
    public void Reader_falls_back_to_the_original_and_says_so()
    {
        var translations = new Translations();
        translations.Set("fr", "Title", "Titre");
        var french = new ContentReader("en", "fr");
        var spanish = new ContentReader("en", "es");

        Assert.Equal(new LocalizedText("Titre", "fr", false), french.Text(translations, "Title", "Title"));
        Assert.Equal(new LocalizedText("Title", "en", true), spanish.Text(translations, "Title", "Title"));
        Assert.False(new ContentReader("en", "en").Text(translations, "Title", "Title").IsFallback);
    }

    [Fact]
    public void Lines_follow_the_original_list_and_stale_lines_go()
    {
        var translations = new Translations();
        translations.SetLines("fr", "ExpectedOutcomes", ["un", "deux", "trois"], originalCount: 3);
        translations.SetLines("fr", "ExpectedOutcomes", ["un", "deux"], originalCount: 2);

        var lines = new ContentReader("en", "fr").Lines(translations, "ExpectedOutcomes", ["one", "two"]);

        Assert.Equal(["un", "deux"], lines.Select(l => l.Text));
        Assert.Null(translations.Get("fr", "ExpectedOutcomes.2"));
    }

    [Fact]
    public async Task Changes_made_in_place_are_saved()
    {
        await using var app = new EventsApp();
        var slug = await app.WithDbAsync(async db =>
        {
            var evt = new Event { Slug = "translated", Title = "Title", TimeZoneId = "Europe/Paris" };
            db.Events.Add(evt);
            await db.SaveChangesAsync();
            evt.Translations.Set("es", "Title", "Título");
            await db.SaveChangesAsync();
            return evt.Slug;
        });

        var saved = await app.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Slug == slug));

        Assert.Equal("Título", saved.Translations.Get("es", "Title"));
    }
}
