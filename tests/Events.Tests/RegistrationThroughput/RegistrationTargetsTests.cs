using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.RegistrationThroughput;

/// <summary>
/// The public registration checks against an event kept for a while (<see cref="RegistrationTargets"/>): an edit made
/// here is seen by the next registration; one it cannot see (another instance's, made here with ExecuteUpdate, which
/// passes no interceptor) still decides nothing, because the batch reads the event again.
/// </summary>
public sealed class RegistrationTargetsTests : IDisposable
{
    private const string Registrations = "/api/events/forum-2021/registrations";
    private const string Questions = "/api/organiser/events/forum-2021/questions";

    // Long enough that the kept copy is still the one checked when the test's edit lands, however slow the machine.
    private readonly EventsApp _app = new(new() { ["Registration:TargetLifetime"] = "00:01:00" });

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> RegisterAsync(string name, Dictionary<string, string?>? answers = null) =>
        _app.CreateClient().PostAsJsonAsync(Registrations, new { name, email = $"{name}@example.org", language = "en", consent = true, answers });

    private async Task<Core.Events.Event> KeptAsync() =>
        (await _app.Services.GetRequiredService<RegistrationTargets>().FindAsync("forum-2021", CancellationToken.None))!.Event;

    private static async Task<int> AddQuestionAsync(HttpClient organiser, bool required)
    {
        var response = await organiser.PostAsJsonAsync(Questions, new { kind = "text", label = "Your question for the panel", required });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task AQuestionAddedThroughTheApi_IsAskedOfTheVeryNextRegistration()
    {
        var organiser = await _app.PublishedEventAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("ana")).StatusCode);

        var question = await AddQuestionAsync(organiser, required: true);

        Assert.Equal([$"answers.{question}"], await (await RegisterAsync("bea")).AssertValidationProblemAsync());
        Assert.Equal(["ana"], await _app.WithDbAsync(db => db.Registrations.Select(r => r.Name).ToListAsync()));
    }

    [Fact]
    public async Task AnEditThisInstanceCannotSee_TheBatchDecidesByTheEventAsItIsNow()
    {
        await _app.PublishedEventAsync(capacity: 50);
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("ana")).StatusCode);

        await _app.WithDbAsync(db => db.Events.ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, 1)));
        Assert.Equal(50, (await KeptAsync()).Capacity);
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("bea")).StatusCode);

        var closed = DateTime.UtcNow.AddMinutes(-1);
        await _app.WithDbAsync(db => db.Events.ExecuteUpdateAsync(s => s.SetProperty(e => e.RegistrationClosesAtUtc, closed)));
        Assert.Null((await KeptAsync()).RegistrationClosesAtUtc);
        Assert.Equal(HttpStatusCode.Conflict, (await RegisterAsync("cy")).StatusCode);

        var saved = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => new { r.Name, r.Status }).ToListAsync());
        Assert.Equal(["ana:Confirmed", "bea:WaitingList"], saved.Select(r => $"{r.Name}:{r.Status}"));
    }

    [Fact]
    public async Task AnAnswerToAQuestionDeletedMeanwhile_IsDropped_TheRegistrationIsKept()
    {
        var organiser = await _app.PublishedEventAsync();
        var question = await AddQuestionAsync(organiser, required: false);
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("ana", new() { [$"{question}"] = "Funding?" })).StatusCode);

        await _app.WithDbAsync(db => db.RegistrationQuestions.ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("bea", new() { [$"{question}"] = "Data?" })).StatusCode);

        var bea = await _app.WithDbAsync(db => db.Registrations.Include(r => r.Answers).SingleAsync(r => r.Name == "bea"));
        Assert.Empty(bea.Answers);
    }
}
