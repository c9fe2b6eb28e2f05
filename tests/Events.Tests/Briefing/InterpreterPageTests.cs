using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Briefing;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Events.Tests.Organiser.ChannelPages;

namespace Events.Tests.Briefings;

public sealed class InterpreterPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Channel(string code, string label) => new() { ["Input.LanguageCode"] = code, ["Input.Label"] = label };

    [Fact]
    public async Task EditingAnInterpreter_OnThePage_SavesIt_AndTheirChannelFollowsTheTargetLanguage()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        await client.SaveAsync("channels", "Add", Channel("fr", "Français"));
        await client.SaveAsync("channels", "Add", Channel("es", "Español"));
        var added = await client.SaveAsync("interpreters", "Add", Interpreter("Marie", "marie@example.org", "en", "fr"));
        var id = await _app.WithDbAsync(db => db.Interpreters.Select(i => i.Id).SingleAsync());

        var form = await client.GetStringAsync($"{Base}/interpreters?edit={id}");
        var page = await client.SaveAsync("interpreters", "Update", Interpreter("Marie Dupont", "marie.dupont@example.org", "en", "es"), $"id={id}");

        Assert.Equal("Marie added to the interpreters.", Flash(added));
        Assert.Contains("value=\"marie@example.org\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">The channel in the target language</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("selected=\"selected\">Français", form, StringComparison.Ordinal);
        Assert.Equal("Marie Dupont saved.", Flash(page));
        Assert.Contains("<td>English (en)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Spanish (es)</td>", page, StringComparison.Ordinal);
        var saved = await _app.WithDbAsync(db => db.Interpreters.SingleAsync());
        var spanish = await _app.WithDbAsync(db => db.Channels.SingleAsync(c => c.LanguageCode == "es"));
        Assert.Equal(("Marie Dupont", "marie.dupont@example.org", "es", spanish.Id), (saved.Name, saved.Email, saved.TargetLanguage, saved.ChannelId));

        var french = await _app.WithDbAsync(db => db.Channels.SingleAsync(c => c.LanguageCode == "fr"));
        await client.SaveAsync("interpreters", "Update", Interpreter("Marie Dupont", "marie.dupont@example.org", "en", "es", french.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"id={id}");
        Assert.Equal(french.Id, await _app.WithDbAsync(db => db.Interpreters.Select(i => i.ChannelId).SingleAsync()));
    }

    [Fact]
    public async Task EditingAGlossaryTerm_OnThePage_SavesIt_AndRemovingAsksFirst()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        var added = await client.SaveAsync("glossary", "Add", new() { ["Input.En"] = "survivor", ["Input.Fr"] = "survivante" });
        var id = await _app.WithDbAsync(db => db.GlossaryTerms.Select(t => t.Id).SingleAsync());

        var form = await client.GetStringAsync($"{Base}/glossary?edit={id}");
        var page = await client.SaveAsync("glossary", "Update",
            new() { ["Input.En"] = "survivor", ["Input.Fr"] = "survivant·e", ["Input.Es"] = "sobreviviente", ["Input.Note"] = "Not 'victim'." }, $"id={id}");

        Assert.Equal("Term added.", Flash(added));
        Assert.Contains("value=\"survivante\"", form, StringComparison.Ordinal);
        Assert.Equal("Term saved.", Flash(page));
        Assert.Contains("data-confirm=\"Remove the term survivor from the glossary?\"", page, StringComparison.Ordinal);
        var term = await _app.WithDbAsync(db => db.GlossaryTerms.SingleAsync());
        Assert.Equal(("survivant·e", "sobreviviente", "Not 'victim'."), (term.Fr, term.Es, term.Note));
    }

    [Fact]
    public async Task SendBriefingsNow_AsksFirstSayingHowManyItReaches_ThenQueuesOneJob()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();
        var empty = await client.GetStringAsync($"{Base}/interpreters");
        var refused = await client.PostAsync(new Uri($"/api/organiser/events/{Slug}/briefing/send-now", UriKind.Relative), null);
        await client.SaveAsync("interpreters", "Add", Interpreter("Marie", "marie@example.org", "en", "fr"));
        var page = await client.SaveAsync("interpreters", "Add", Interpreter("Ana", "ana@example.org", "en", "es"));

        var sent = await client.SaveAsync("interpreters", "SendNow", []);

        Assert.DoesNotContain("handler=SendNow", empty, StringComparison.Ordinal);
        Assert.Equal(["interpreters"], await refused.AssertValidationProblemAsync());
        Assert.Contains("data-confirm=\"Send the briefing pack now to 2 interpreter(s)?\"", page, StringComparison.Ordinal);
        Assert.Equal("A fresh briefing is on its way to 2 interpreter(s).", Flash(sent));
        Assert.Single(_app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100),
            j => j.Value.Job.Type == typeof(IBriefingJobs) && j.Value.Job.Method.Name == nameof(IBriefingJobs.SendOnDemandAsync));
    }

    [Fact]
    public async Task ABadInterpreter_IsRefusedTheSameWay_ByTheApiAndThePage()
    {
        var client = await _app.OrganiserAsync();
        await client.NewEventAsync();

        var api = await client.PostAsJsonAsync($"/api/organiser/events/{Slug}/interpreters",
            new { name = "Marie", email = "not-an-email", sourceLanguage = "en", targetLanguage = "fr" });
        Assert.Equal(["email"], await api.AssertValidationProblemAsync());
        var message = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("email")[0].GetString();
        var page = await (await client.SubmitAsync("interpreters", "Add", Interpreter("Marie", "not-an-email", "en", "fr"))).Content.ReadAsStringAsync();
        var pageEs = await (await client.SubmitAsync("interpreters", "Add", Interpreter("Marie", "not-an-email", "en", "fr"), "culture=es")).Content.ReadAsStringAsync();

        Assert.Matches($"data-valmsg-for=\"Input.Email\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message!)}</span>", page);
        Assert.Matches("data-valmsg-for=\"Input.Email\"[^>]*>Debe ser una dirección de correo electrónico.</span>", pageEs);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Interpreters.CountAsync()));
    }
}
