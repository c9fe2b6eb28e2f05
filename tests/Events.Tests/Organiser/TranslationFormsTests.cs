using System.Net;
using System.Net.Http.Json;
using Events.Core.Agenda;
using Events.Core.Speakers;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Events.Tests.Organiser.ChannelPages;

namespace Events.Tests.Organiser;

/// <summary>Organisers write the texts of each language in the forms' language tabs; the same Core rules as the API keep them.</summary>
public sealed class TranslationFormsTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> EditFields(params (string Key, string Value)[] extra)
    {
        var fields = OrganiserForms.EventFields();
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }
        return fields;
    }

    private async Task<HttpResponseMessage> PostEditAsync(HttpClient client, Dictionary<string, string> fields) =>
        await client.PostFormAsync($"{Base}/edit", fields, await client.TokenAsync($"{Base}/edit"));

    [Fact]
    public async Task EventForm_WithAFrenchTitle_SavesIt_AndShowsItInTheFrenchTab()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var response = await PostEditAsync(client, EditFields(("Form.Translations[fr.Title]", "Forum sur la protection"),
            ("Form.Translations[es.Title]", ""), ("Form.Translations[fr.ExpectedOutcomes.1]", "Réseau")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _app.WithDbAsync(db => db.Events.SingleAsync());
        Assert.Equal("Forum sur la protection", saved.Translations.Get("fr", "Title"));
        Assert.Equal("Réseau", saved.Translations.Get("fr", "ExpectedOutcomes.1"));
        Assert.Null(saved.Translations.Get("es", "Title"));
        var form = await client.GetStringAsync($"{Base}/edit");
        Assert.Contains("name=\"Form.Translations[fr.Title]\" value=\"Forum sur la protection\"", form, StringComparison.Ordinal);
        Assert.Contains("data-language-panel=\"es\" data-tab-label=\"Español\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventForm_WithoutTranslationFields_KeepsThem_AndUntickingALanguageStopsOfferingIt()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        await PostEditAsync(client, EditFields(("Form.Translations[es.Summary]", "Un seminario web.")));

        var response = await PostEditAsync(client, EditFields(
            ("Form.LanguagesShown", "true"), ("Form.OriginalLanguage", "en"), ("Form.Languages[0]", "en"), ("Form.Languages[1]", "es")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _app.WithDbAsync(db => db.Events.SingleAsync());
        Assert.Equal(["en", "es"], saved.Languages);
        Assert.Equal("Un seminario web.", saved.Translations.Get("es", "Summary"));
        var form = await client.GetStringAsync($"{Base}/edit");
        Assert.DoesNotContain("data-language-panel=\"fr\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventForm_TooLongTranslation_ShowsTheMessageInItsLanguagesPanel()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var response = await PostEditAsync(client, EditFields(("Form.Translations[fr.Title]", new string('x', 201))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var panel = html[html.IndexOf("data-language-panel=\"fr\"", StringComparison.Ordinal)..];
        Assert.Contains("data-has-error=\"true\"", panel[..300], StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.Translations[fr.Title]\">Must be at most 200 characters.</span>", panel, StringComparison.Ordinal);
        Assert.Null(await _app.WithDbAsync(async db => (await db.Events.SingleAsync()).Translations.Get("fr", "Title")));
    }

    [Fact]
    public async Task AgendaItemForm_SavesTheTitleAndEachPersonsTopicInAnotherLanguage()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        var speaker = await (await client.PostAsJsonAsync("/api/organiser/events/forum-2021/speakers", new SpeakerInput("Ana", null, null, null, null, null)))
            .Content.ReadFromJsonAsync<Events.Web.Public.SpeakerDto>();
        (await client.PostAsJsonAsync("/api/organiser/events/forum-2021/agenda",
            TestData.Item("Opening", 16, 0, 10, AgendaItemKind.OpeningRemarks, new AgendaPersonInput(speaker!.Id, AgendaRole.Speaker, "Welcome"))))
            .EnsureSuccessStatusCode();
        var id = await _app.WithDbAsync(db => db.AgendaItems.Select(a => a.Id).SingleAsync());
        var form = await client.GetStringAsync($"{Base}/agenda/{id}");
        Assert.Contains("name=\"Input.People[0].Translations[es.Topic]\"", form, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"{Base}/agenda/{id}", new()
        {
            ["Input.Kind"] = "OpeningRemarks", ["Input.Title"] = "Opening", ["Input.Start"] = "16:00", ["Input.DurationMinutes"] = "10",
            ["Input.People[0].SpeakerId"] = speaker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.People[0].Role"] = "Speaker", ["Input.People[0].Topic"] = "Welcome",
            ["Input.People[0].Translations[es.Topic]"] = "Bienvenida", ["Input.Translations[fr.Title]"] = "Ouverture",
        }, await client.TokenAsync($"{Base}/agenda/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await _app.WithDbAsync(db => db.AgendaItems.Include(a => a.People).SingleAsync());
        Assert.Equal("Ouverture", item.Translations.Get("fr", "Title"));
        Assert.Equal("Bienvenida", item.People.Single().Translations.Get("es", "Topic"));
    }

    [Fact]
    public async Task ReadingAndQuestionForms_SaveTheNoteAndTheOptionsInAnotherLanguage()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        await client.SaveAsync("readings", "Add", new()
        {
            ["Input.Title"] = "Profits and Poverty", ["Input.Note"] = "Chapter 2", ["Translations[fr.Note]"] = "Chapitre 2",
        });
        await client.SaveAsync("questions", "Add", new()
        {
            ["Input.Kind"] = "Choice", ["Input.Label"] = "Sector", ["Input.Options"] = "Public\nPrivate",
            ["Input.Translations[es.Label]"] = "Sector", ["Input.Translations[es.Options.1]"] = "Privado",
        });

        Assert.Equal("Chapitre 2", await _app.WithDbAsync(async db => (await db.Readings.SingleAsync()).Translations.Get("fr", "Note")));
        var question = await _app.WithDbAsync(db => db.RegistrationQuestions.SingleAsync());
        Assert.Equal("Privado", question.Translations.Get("es", "Options.1"));
        var form = await client.GetStringAsync($"{Base}/questions?edit={question.Id}");
        Assert.Contains("name=\"Input.Translations[es.Options.1]\" value=\"Privado\"", form, StringComparison.Ordinal);
    }
}
