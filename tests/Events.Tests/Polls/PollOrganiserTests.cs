using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Polls;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.EntityFrameworkCore;
using static Events.Tests.Organiser.ChannelPages;

namespace Events.Tests.Polls;

public sealed class PollOrganiserTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    // Field names are the C# property names: a dictionary keeps their case through the web serializer.
    private static Dictionary<string, Dictionary<string, string>> In(string language, string field, string text) => new() { [language] = new() { [field] = text } };

    private const string Api = "/api/organiser/events/" + Slug + "/polls";

    [Fact]
    public async Task PollApi_RefusesBadPolls_WithValidationProblemNamingTheField()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var oneChoice = await client.PostAsJsonAsync(Api, new { kind = "SingleChoice", question = "Which?", choices = new[] { new { text = "Only" } } });
        Assert.Equal(HttpStatusCode.BadRequest, oneChoice.StatusCode);
        var errors = (await oneChoice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(PollInput.ChoiceCount, errors.GetProperty("choices")[0].GetString());

        var tooLong = await client.PostAsJsonAsync(Api, new
        {
            kind = "MultipleChoice", question = new string('q', 301),
            choices = new object[] { new { text = "A" }, new { text = "B", translations = In("fr", "Text", new string('b', 301)) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        errors = (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["question", "choices.1.translations.fr.Text"], errors.EnumerateObject().Select(p => p.Name).Order().Reverse().ToArray());

        var noKind = await client.PostAsJsonAsync(Api, new { question = "Rate the panel" });
        Assert.Equal(["kind"], (await noKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Polls.CountAsync()));
    }

    [Fact]
    public async Task PollApi_CreatesAScale_WithFiveImpliedChoices_AndKeepsChoicesFixedOnceOpened()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var created = await client.PostAsJsonAsync(Api, new { kind = "Scale1To5", question = "How useful was the panel?", translations = In("fr", "Question", "Le panel vous a-t-il été utile ?") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var poll = (await created.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal("1|2|3|4|5", string.Join("|", poll.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("text").GetString())));
        var id = poll.GetProperty("id").GetInt32();

        await _app.WithDbAsync(db => db.Polls.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PollStatus.Closed)));
        var changed = await client.PutAsJsonAsync($"{Api}/{id}", new { kind = "SingleChoice", question = "Changed", choices = new[] { new { text = "A" }, new { text = "B" } } });

        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        var errors = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(PollInput.KindFixed, errors.GetProperty("kind")[0].GetString());
        var list = await client.GetFromJsonAsync<JsonElement>(Api);
        Assert.Equal("Le panel vous a-t-il été utile ?", list[0].GetProperty("translations").GetProperty("fr").GetProperty("Question").GetString());
    }

    [Fact]
    public async Task PollPage_CreatesAPoll_WithFrenchAndSpanishTexts_AndShowsInlineErrors()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        var form = await client.GetStringAsync($"{Base}/polls");
        Assert.Contains("name=\"Input.Choices[1].Translations[fr.Text]\"", form, StringComparison.Ordinal);

        var bad = await client.SubmitAsync("polls", "Add", new() { ["Input.Kind"] = "SingleChoice", ["Input.Question"] = "Which?", ["Input.Choices[0].Text"] = "Only one" });
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("A poll needs between 2 and 10 choices.", html, StringComparison.Ordinal);

        var page = await client.SaveAsync("polls", "Add", new()
        {
            ["Input.Kind"] = "SingleChoice",
            ["Input.Question"] = "Which data standard do you use?",
            ["Input.Translations[fr.Question]"] = "Quelle norme de données utilisez-vous ?",
            ["Input.Translations[es.Question]"] = "¿Qué norma de datos utiliza?",
            ["Input.Choices[0].Text"] = "HXL",
            ["Input.Choices[0].Translations[fr.Text]"] = "HXL (fr)",
            ["Input.Choices[0].Translations[es.Text]"] = "HXL (es)",
            ["Input.Choices[1].Text"] = "None yet",
            ["Input.Choices[1].Translations[fr.Text]"] = "Aucune pour l’instant",
            ["Input.Choices[1].Translations[es.Text]"] = "Ninguna todavía",
            ["Input.Choices[2].Text"] = "",
            ["Input.ShowResultsToAttendees"] = "true",
        });

        Assert.Equal("Poll saved.", Flash(page));
        Assert.Contains("Which data standard do you use?", page, StringComparison.Ordinal);
        var poll = await _app.WithDbAsync(db => db.Polls.Include(p => p.Choices).SingleAsync());
        Assert.Equal(("Quelle norme de données utilisez-vous ?", "¿Qué norma de datos utiliza?"), (poll.Translations.Get("fr", "Question"), poll.Translations.Get("es", "Question")));
        Assert.Equal("Aucune pour l’instant|HXL (fr)", string.Join("|", poll.Choices.Select(c => c.Translations.Get("fr", "Text")).Order()));
        Assert.Equal("HXL (es)|Ninguna todavía", string.Join("|", poll.Choices.Select(c => c.Translations.Get("es", "Text")).Order()));
        Assert.True(poll.ShowResultsToAttendees);

        // The poll's texts count in the event's translation completeness, and lead back to this page.
        var untranslated = await client.PostAsJsonAsync(Api, new { kind = "SingleChoice", question = "Untranslated?", choices = new[] { new { text = "Yes" }, new { text = "No" } } });
        var id = (await untranslated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/organiser/events/{Slug}/translations");
        var missing = status.GetProperty("languages").EnumerateArray().Single(l => l.GetProperty("language").GetString() == "fr").GetProperty("missing")
            .EnumerateArray().Where(m => m.GetProperty("key").GetString()!.StartsWith("poll", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, missing.Count);
        Assert.Equal($"poll/{id}/Question", missing[0].GetProperty("key").GetString());
        Assert.EndsWith($"/polls?edit={id}", missing[0].GetProperty("editUrl").GetString(), StringComparison.Ordinal);
    }
}
