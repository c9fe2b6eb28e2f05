using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Events.Tests.Tokens;

namespace Events.Tests.Registrations;

public sealed class QuestionTests : IDisposable
{
    private const string Questions = "/api/organiser/events/forum-2021/questions";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Adds a required choice, an optional yes/no and an optional text question; returns their ids.</summary>
    private static async Task<(int Choice, int YesNo, int Text)> AddQuestionsAsync(HttpClient organiser)
    {
        async Task<int> Add(object input)
        {
            var response = await organiser.PostAsJsonAsync(Questions, input);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }
        return (await Add(new { kind = "choice", label = "How will you attend?", options = new[] { "Online", "On site" }, required = true }),
            await Add(new { kind = "yesNo", label = "Do you need a certificate?", required = false }),
            await Add(new { kind = "text", label = "Your question for the panel", required = false }));
    }

    private static object Form(string name, Dictionary<string, string?> answers) =>
        new { name, email = $"{name}@example.org", language = "en", consent = true, answers };

    [Fact]
    public async Task Answers_AreSaved_ListedExported_AndErasedWithTheRegistration()
    {
        var organiser = await _app.PublishedEventAsync();
        var (choice, yesNo, _) = await AddQuestionsAsync(organiser);
        var listed = await organiser.GetFromJsonAsync<JsonElement[]>(Questions);
        Assert.Equal([1, 2, 3], listed!.Select(q => q.GetProperty("position").GetInt32()));
        var client = _app.CreateClient();
        Assert.Contains("How will you attend?", WebUtility.HtmlDecode(await client.GetStringAsync("/events/forum-2021")), StringComparison.Ordinal);

        var response = await client.PostAsJsonAsync("/api/events/forum-2021/registrations",
            Form("ana", new() { [$"{choice}"] = "On site", [$"{yesNo}"] = "yes" }));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var registrants = await organiser.GetFromJsonAsync<JsonElement[]>("/api/organiser/events/forum-2021/registrations");
        var answers = registrants!.Single().GetProperty("answers");
        Assert.Equal("On site", answers.GetProperty($"{choice}").GetString());
        Assert.Equal("yes", answers.GetProperty($"{yesNo}").GetString());
        var csv = await organiser.GetStringAsync("/api/organiser/events/forum-2021/registrations.csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.EndsWith(",How will you attend?,Do you need a certificate?,Your question for the panel", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",On site,yes,", lines[1], StringComparison.Ordinal);

        var token = _app.TokenOf(await _app.WithDbAsync(db => db.Registrations.SingleAsync()));
        var export = await client.GetFromJsonAsync<JsonElement>($"/r/{token}?handler=Export");
        Assert.Equal(["How will you attend?:On site", "Do you need a certificate?:yes"],
            export.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("question").GetString()}:{a.GetProperty("answer").GetString()}"));

        (await client.PostFormAsync($"/r/{token}", "Erase")).EnsureSuccessStatusCode();
        Assert.Equal(0, await _app.WithDbAsync(db => db.RegistrationAnswers.CountAsync()));
    }

    [Fact]
    public async Task BadAnswers_Are400NamingEachAnswer_AndNothingIsSaved()
    {
        var organiser = await _app.PublishedEventAsync();
        var (choice, yesNo, text) = await AddQuestionsAsync(organiser);

        var response = await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            Form("ana", new() { [$"{yesNo}"] = "maybe", [$"{text}"] = new string('x', 2001), ["999"] = "?" }));
        Assert.Equal([$"answers.{choice}", $"answers.{yesNo}", $"answers.{text}", "answers.999"],
            (await response.AssertValidationProblemAsync()).Order());

        var notAnOption = await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            Form("bea", new() { [$"{choice}"] = "By carrier pigeon" }));
        Assert.Equal([$"answers.{choice}"], await notAnOption.AssertValidationProblemAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
        Assert.Equal(0, await _app.WithDbAsync(db => db.RegistrationAnswers.CountAsync()));
    }

    [Fact]
    public async Task Questions_AreValidated_AtMostTen_EditableAndRemovable_OrganiserOnly()
    {
        var organiser = await _app.PublishedEventAsync();
        Assert.Equal(["options"], await (await organiser.PostAsJsonAsync(Questions, new { kind = "choice", label = "One?", options = new[] { "Only" } }))
            .AssertValidationProblemAsync());
        Assert.Equal(["label"], await (await organiser.PostAsJsonAsync(Questions, new { kind = "text", label = " " })).AssertValidationProblemAsync());
        Assert.Equal(["kind"], await (await organiser.PostAsJsonAsync(Questions, new { label = "No kind" })).AssertValidationProblemAsync());

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await organiser.PostAsJsonAsync(Questions, new { kind = "text", label = $"Q{i}" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await organiser.PostAsJsonAsync(Questions, new { kind = "text", label = "Eleventh" })).StatusCode);

        var first = (await organiser.GetFromJsonAsync<JsonElement[]>(Questions))![0].GetProperty("id").GetInt32();
        var changed = await organiser.PutAsJsonAsync($"{Questions}/{first}", new { kind = "yesNo", label = "Vegetarian?", required = true });
        Assert.Equal("Vegetarian?", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("label").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await organiser.DeleteAsync($"{Questions}/{first}")).StatusCode);
        Assert.Equal(9, (await organiser.GetFromJsonAsync<JsonElement[]>(Questions))!.Length);

        var attendee = await _app.SignedInAsync("ana@example.org", role: null);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.GetAsync(Questions)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.PostAsJsonAsync(Questions, new { kind = "text", label = "Sneaky" })).StatusCode);
    }

    [Fact]
    public async Task Reorder_PutsTheQuestionsInTheGivenOrder_AndRefusesAListThatIsNotTheirs()
    {
        var organiser = await _app.PublishedEventAsync();
        var (choice, yesNo, text) = await AddQuestionsAsync(organiser);

        var reordered = await organiser.PutAsJsonAsync($"{Questions}/order", new { ids = new[] { text, choice, yesNo } });
        var missing = await organiser.PutAsJsonAsync($"{Questions}/order", new { ids = new[] { text, choice } });
        var repeated = await organiser.PutAsJsonAsync($"{Questions}/order", new { ids = new[] { text, text, choice } });

        Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);
        Assert.Equal([text, choice, yesNo], (await organiser.GetFromJsonAsync<JsonElement[]>(Questions))!.Select(q => q.GetProperty("id").GetInt32()));
        Assert.Equal(["ids"], await missing.AssertValidationProblemAsync());
        Assert.Equal(["ids"], await repeated.AssertValidationProblemAsync());
    }

    [Theory]
    [InlineData("""{"name":"Ana","email":"ana@example.org","language":"en","consent":true,"answers":["On site"]}""")]
    [InlineData("""{"name":"Ana","email":"ana@example.org","language":"en","consent":true,"answers":{"1":{"nested":true}}}""")]
    public async Task MalformedAnswers_Are400_Never500_NothingSaved(string json)
    {
        var organiser = await _app.PublishedEventAsync();
        await AddQuestionsAsync(organiser);

        var response = await _app.CreateClient().PostAsync("/api/events/forum-2021/registrations",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }
}
