using System.Net;
using System.Net.Http.Json;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed class RegistrationPagesTests : IDisposable
{
    private const string RegistrantsPage = "/organiser/events/forum-2021/registrants";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task RegisterAsync(string name, string language, string slug = "forum-2021") =>
        (await _app.CreateClient().PostAsJsonAsync($"/api/events/{slug}/registrations", RegistrationTestKit.Form(name, $"{name}@example.org", language)))
            .EnsureSuccessStatusCode();

    private async Task<string> PageInAsync(string language, string url)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return WebUtility.HtmlDecode(await client.GetStringAsync(url));
    }

    [Fact]
    public async Task PublicPage_ShowsApprovalModeAndPlaces_InTheReadersLanguage_WithoutAnyonesData()
    {
        var organiser = await _app.PublishedEventAsync(capacity: 1);
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent("reviewed", capacity: null) with { RequiresApproval = true }))
            .EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/reviewed/publish", null)).EnsureSuccessStatusCode();

        Assert.Contains("Quedan pocas plazas", await PageInAsync("es", "/events/forum-2021"), StringComparison.Ordinal);
        await RegisterAsync("ana", "en");
        await RegisterAsync("bea", "en");

        var full = await PageInAsync("fr", "/events/forum-2021");
        Assert.Contains("L’événement est complet ; les nouvelles inscriptions rejoignent la liste d’attente.", full, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.org", full, StringComparison.Ordinal);
        Assert.DoesNotContain("Registrations are reviewed", full, StringComparison.Ordinal);
        var reviewed = await PageInAsync("es", "/events/reviewed");
        Assert.Contains("La organización revisa las inscripciones.", reviewed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-availability", reviewed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrantsPage_FiltersSearchesCounts_AndDeclinesWithAMessage()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent() with { RequiresApproval = true })).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        await RegisterAsync("ana", "fr");
        await RegisterAsync("bea", "es");
        Assert.Contains(RegistrantsPage, await organiser.GetStringAsync("/organiser/events/forum-2021/edit"), StringComparison.Ordinal);

        var page = await organiser.GetStringAsync(RegistrantsPage + "?q=BEA");
        Assert.Contains("bea@example.org", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.org", page, StringComparison.Ordinal);
        Assert.Contains("data-count-language=\"fr\">fr 1<", page, StringComparison.Ordinal);
        Assert.Contains("data-count-status=\"Pending\">Pending 2<", page, StringComparison.Ordinal);
        Assert.Contains("/api/organiser/events/forum-2021/registrations.csv", page, StringComparison.Ordinal);

        var ana = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Name == "ana"));
        var declined = await organiser.PostFormAsync($"{RegistrantsPage}?id={ana.Id}", "Decline", new() { ["message"] = "Members only, sorry." });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);

        var after = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Name == "ana"));
        Assert.Equal((RegistrationStatus.Declined, "Members only, sorry."), (after.Status, after.DecisionMessage));
        Assert.Contains("Declined.", await organiser.GetStringAsync(RegistrantsPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsPage_AddsAChoice_ThatThePublicFormShows_AndRemovesIt()
    {
        var organiser = await _app.PublishedEventAsync();
        const string page = "/organiser/events/forum-2021/questions";

        var invalid = await organiser.PostFormAsync(page, "Add", new() { ["Input.Kind"] = "Choice", ["Input.Label"] = "Meal?", ["Input.Options"] = "Only one" });
        Assert.Contains("A choice needs 2 to 20 different options", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var added = await organiser.PostFormAsync(page, "Add", new()
        {
            ["Input.Kind"] = "Choice", ["Input.Label"] = "Meal?", ["Input.Options"] = "Vegetarian\nVegan\n", ["Input.Required"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var question = await _app.WithDbAsync(db => db.RegistrationQuestions.SingleAsync());
        Assert.Equal((QuestionKind.Choice, "Meal?", true), (question.Kind, question.Label, question.Required));
        Assert.Equal(["Vegetarian", "Vegan"], question.Options);
        var form = await PageInAsync("fr", "/events/forum-2021");
        Assert.Contains($"name=\"Form.Answers[{question.Id}]\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Vegan\" lang=\"en\">Vegan (en anglais)</option>", form, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await organiser.PostFormAsync($"{page}?id={question.Id}", "Remove")).StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.RegistrationQuestions.CountAsync()));
    }

    [Fact]
    public async Task RegistrantsPage_ReadsInThePagesLanguage_AndAsksBeforeCancellingOrDeclining()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent(capacity: 1))).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        await RegisterAsync("ana", "fr");
        await RegisterAsync("bea", "es");
        organiser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var page = WebUtility.HtmlDecode(await organiser.GetStringAsync(RegistrantsPage));

        Assert.Contains("<h1>Personnes inscrites</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-count-status=\"WaitingList\">Liste d’attente 1<", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"WaitingList\">Liste d’attente</option>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-status=\"WaitingList\">Liste d’attente #1</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">WaitingList", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Annuler l’inscription de ana ?", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Annuler l’inscription de bea ?", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsPage_EditsAQuestion_AndReordersThem()
    {
        var organiser = await _app.PublishedEventAsync();
        const string page = "/organiser/events/forum-2021/questions";
        foreach (var label in new[] { "Meal?", "Badge name?" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await organiser.PostFormAsync(page, "Add", new() { ["Input.Kind"] = "Text", ["Input.Label"] = label })).StatusCode);
        }
        var ids = await _app.WithDbAsync(db => db.RegistrationQuestions.OrderBy(q => q.Id).Select(q => q.Id).ToListAsync());

        var form = WebUtility.HtmlDecode(await organiser.GetStringAsync($"{page}?edit={ids[0]}"));
        Assert.Contains("value=\"Meal?\"", form, StringComparison.Ordinal);
        var update = System.Text.RegularExpressions.Regex.Match(form, "<form[^>]*handler=Update[^>]*>").Value;
        Assert.Contains($"id={ids[0]}", update, StringComparison.Ordinal);
        organiser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var invalid = await organiser.PostFormAsync($"{page}?id={ids[0]}&edit={ids[0]}", "Update", new() { ["Input.Kind"] = "Choice", ["Input.Label"] = "Meal?", ["Input.Options"] = "Only" });
        Assert.Contains("Una opción necesita de 2 a 20 alternativas distintas", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var edited = await organiser.PostFormAsync($"{page}?id={ids[0]}&edit={ids[0]}", "Update", new()
        {
            ["Input.Kind"] = "Choice", ["Input.Label"] = "Lunch?", ["Input.Options"] = "Vegetarian\nVegan", ["Input.Required"] = "true",
        });
        var moved = await organiser.PostFormAsync($"{page}?id={ids[1]}&by=-1", "Move");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var questions = await _app.WithDbAsync(db => db.RegistrationQuestions.OrderBy(q => q.Position).ToListAsync());
        Assert.Equal(["Badge name?", "Lunch?"], questions.Select(q => q.Label));
        Assert.Equal((QuestionKind.Choice, true), (questions[1].Kind, questions[1].Required));
        Assert.Equal(["Vegetarian", "Vegan"], questions[1].Options);
        var list = WebUtility.HtmlDecode(await (await _app.OrganiserAsync()).GetStringAsync(page));
        Assert.Contains("data-confirm=\"Remove the question “Lunch?”", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_SavesEmailConfirmationAndClosingTime_InTheEventsTimeZone()
    {
        var organiser = await _app.PublishedEventAsync();
        const string edit = "/organiser/events/forum-2021/edit";
        var fields = Events.Tests.Organiser.OrganiserForms.EventFields(start: $"{TestData.UpcomingYear}-10-26T16:00", end: $"{TestData.UpcomingYear}-10-26T17:30");
        fields["Form.RequiresEmailConfirmation"] = "true";
        fields["Form.RegistrationClosesAt"] = $"{TestData.UpcomingYear}-10-20T12:00";

        var saved = await organiser.PostFormAsync(edit, "", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ev = await _app.WithDbAsync(db => db.Events.SingleAsync());
        Assert.True(ev.RequiresEmailConfirmation);
        Assert.Equal(new DateTime(TestData.UpcomingYear, 10, 20, 10, 0, 0, DateTimeKind.Utc), ev.RegistrationClosesAtUtc);
        Assert.Contains($"value=\"{TestData.UpcomingYear}-10-20T12:00", await organiser.GetStringAsync(edit), StringComparison.Ordinal);
    }
}
