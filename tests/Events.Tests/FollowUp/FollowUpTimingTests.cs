using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.FollowUps;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.FollowUps;

/// <summary>The follow-up tells people what they missed: neither door sends it, now or scheduled, before the event has ended.</summary>
public sealed class FollowUpTimingTests : IDisposable
{
    private const string Api = "/api/organiser/events/forum-2030/follow-up";
    private const string Page = "/organiser/events/forum-2030/follow-up";
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero));
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public FollowUpTimingTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop }, _clock);

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private DateTime EndUtc => _clock.GetUtcNow().UtcDateTime.Date.AddDays(2).AddHours(10);

    private int EnqueuedFollowUps() =>
        _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000).Count(j => j.Value.Job.Type == typeof(IFollowUpJobs));

    /// <summary>A published event ending two days after the fake now, with a saved draft and one confirmed registrant.</summary>
    private async Task<HttpClient> UpcomingAsync()
    {
        var organiser = await _app.OrganiserAsync();
        DateTime Wall(DateTime utc) => DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, Paris), DateTimeKind.Unspecified);
        var input = TestData.Event("forum-2030") with { Start = Wall(EndUtc.AddMinutes(-90)), End = Wall(EndUtc) };
        (await organiser.PostAsJsonAsync("/api/organiser/events", input)).EnsureSuccessStatusCode();
        (await organiser.PostAsync(new Uri("/api/organiser/events/forum-2030/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        await FollowUpSeed.SaveDraftAsync(organiser, "forum-2030");
        var eventId = await _app.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
        await FollowUpSeed.RegisterAsync(_app, eventId, "Ana", "fr");
        return organiser;
    }

    [Fact]
    public async Task Api_SendNowBeforeTheEnd_Is409SayingWhy_AndAfterTheEndItGoes()
    {
        var organiser = await UpcomingAsync();

        var early = await organiser.PostAsync(new Uri(Api + "/send-now", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The event has not ended yet.", problem.GetProperty("title").GetString());
        Assert.Equal($"The follow-up tells registrants what they missed, so it can only go after the event ends ({EndUtc:yyyy-MM-dd HH:mm} UTC).",
            problem.GetProperty("detail").GetString());
        Assert.Equal(0, EnqueuedFollowUps());

        _clock.Advance(EndUtc - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
        var late = await (await _app.OrganiserAsync()).PostAsync(new Uri(Api + "/send-now", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, late.StatusCode);
        Assert.Equal(1, EnqueuedFollowUps());
    }

    [Fact]
    public async Task Api_ScheduleBeforeTheEnd_Is400NamingTheField_AndNothingIsScheduled()
    {
        var organiser = await UpcomingAsync();

        var response = await organiser.PostAsJsonAsync(Api + "/schedule", new { minutesAfterEnd = -30 });

        Assert.Equal(["minutesAfterEnd"], await response.AssertValidationProblemAsync());
        Assert.Null(await _app.WithDbAsync(db => db.FollowUps.Select(f => f.SendAfterEndMinutes).SingleAsync()));
        Assert.DoesNotContain(_app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 100), j => j.Value.Job.Type == typeof(IFollowUpJobs));
    }

    [Fact]
    public async Task Page_SendNowBeforeTheEnd_ShowsWhyInThePagesLanguage_AsksFirst_AndAfterTheEndItGoes()
    {
        var organiser = await UpcomingAsync();
        organiser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var html = WebUtility.HtmlDecode(await organiser.GetStringAsync(Page));
        Assert.Contains("data-confirm=\"Envoyer le suivi maintenant aux 1 personnes inscrites confirmées qui ne l’ont pas encore reçu ?\"", html, StringComparison.Ordinal);

        var early = await organiser.PostFormAsync(Page + "?handler=SendNow", [], await organiser.TokenAsync(Page));
        var schedule = await organiser.PostFormAsync(Page + "?handler=Schedule", new() { ["MinutesAfterEnd"] = "-30" }, await organiser.TokenAsync(Page));

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains($"data-follow-up-refused>L’événement n’est pas encore terminé : le suivi pourra partir après sa fin ({EndUtc:yyyy-MM-dd HH:mm} UTC).<",
            WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("data-follow-up-refused>Le suivi ne peut pas être programmé avant la fin de l’événement",
            WebUtility.HtmlDecode(await schedule.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, EnqueuedFollowUps());

        _clock.Advance(EndUtc - _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
        var late = await _app.OrganiserAsync();
        var sent = await late.PostFormAsync(Page + "?handler=SendNow", [], await late.TokenAsync(Page));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, EnqueuedFollowUps());
    }

    [Fact]
    public async Task Job_RunBeforeTheEnd_SendsNothing_AndAfterTheEndSends()
    {
        await UpcomingAsync();
        var eventId = await _app.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
        async Task<int> RunAsync()
        {
            using (var scope = _app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<IFollowUpJobs>().SendAsync(eventId, CancellationToken.None);
            }
            return await _app.WithDbAsync(db => db.EmailDeliveries.CountAsync(d => d.Kind == Core.Email.EmailKind.FollowUp));
        }

        Assert.Equal(0, await RunAsync());
        _clock.Advance(EndUtc - _clock.GetUtcNow().UtcDateTime);
        Assert.Equal(1, await RunAsync());
    }
}
