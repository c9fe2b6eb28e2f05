using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Events;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Registrations;

public sealed class RegistrationClosingTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero));
    private readonly EventsApp _app;

    public RegistrationClosingTests() => _app = new EventsApp(clock: _clock);

    public void Dispose() => _app.Dispose();

    /// <summary>Wall-clock time in Paris, <paramref name="fromNow"/> after the fake now.</summary>
    private DateTime ParisTime(TimeSpan fromNow) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime + fromNow, Paris), DateTimeKind.Unspecified);

    private async Task<HttpClient> PublishAsync(DateTime? closesAt)
    {
        var organiser = await _app.OrganiserAsync();
        var input = TestData.Event(capacity: 10) with
        {
            Start = ParisTime(TimeSpan.FromDays(3)), End = ParisTime(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)), RegistrationClosesAt = closesAt,
        };
        (await organiser.PostAsJsonAsync("/api/organiser/events", input)).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        return organiser;
    }

    private Task<HttpResponseMessage> RegisterAsync(string name) =>
        _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(name, $"{name}@example.org"));

    private static async Task AssertClosedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Registration is closed.", body.RootElement.GetProperty("title").GetString());
        Assert.Equal(409, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AfterTheClosingTime_ApiAnswers409_NothingSaved_PageSaysClosedInFrench()
    {
        await PublishAsync(closesAt: ParisTime(TimeSpan.FromDays(1)));
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("ana")).StatusCode);

        _clock.Advance(TimeSpan.FromDays(1));
        await AssertClosedAsync(await RegisterAsync("bea"));

        Assert.Equal(["ana"], await _app.WithDbAsync(db => db.Registrations.Select(r => r.Name).ToListAsync()));
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/events/forum-2021"));
        Assert.Contains("Les inscriptions sont closes.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Email\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAClosingTime_RegistrationClosesWhenTheEventStarts()
    {
        await PublishAsync(closesAt: null);
        _clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("ana")).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await AssertClosedAsync(await RegisterAsync("bea"));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }

    [Fact]
    public async Task ClosingTimeAfterTheStart_IsRefusedNamingTheField()
    {
        var organiser = await _app.OrganiserAsync();
        var input = TestData.Event() with
        {
            Start = ParisTime(TimeSpan.FromDays(3)), End = ParisTime(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)),
            RegistrationClosesAt = ParisTime(TimeSpan.FromDays(4)),
        };

        Assert.Equal(["registrationClosesAt"], await (await organiser.PostAsJsonAsync("/api/organiser/events", input)).AssertValidationProblemAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task ClosingTime_RoundTripsThroughTheOrganiserApi_InTheEventsTimeZone()
    {
        var closes = ParisTime(TimeSpan.FromDays(1));
        var organiser = await PublishAsync(closesAt: closes);

        var ev = await organiser.GetFromJsonAsync<EventDtoShape>("/api/organiser/events/forum-2021");

        Assert.Equal(closes, ev!.RegistrationClosesAt!.Value.DateTime);
        var stored = await _app.WithDbAsync(db => db.Events.Select(e => e.RegistrationClosesAtUtc).SingleAsync());
        Assert.Equal(EventTime.ToUtc(closes, Paris), stored);
    }

    private sealed record EventDtoShape(DateTimeOffset? RegistrationClosesAt);
}
