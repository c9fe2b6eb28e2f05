using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Accounts;
using Events.Core.Audit;
using Events.Core.Retention;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Retention;

/// <summary>The organiser's two doors to retention: the privacy page and the JSON API, both on the same core.</summary>
public sealed class RetentionDoorsTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly string _mail = Path.Combine(Path.GetTempPath(), "events-tests", Guid.NewGuid().ToString("N"), "mail");
    private readonly EventsApp _app;

    public RetentionDoorsTests() => _app = RetentionTestKit.App(_clock, _mail);

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(Path.GetDirectoryName(_mail)))
        {
            Directory.Delete(Path.GetDirectoryName(_mail)!, recursive: true);
        }
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private Task<int> RegistrationsAsync(int eventId) => _app.WithDbAsync(db => db.Registrations.CountAsync(r => r.EventId == eventId));

    private Task<List<AuditEntry>> ErasuresAsync() => _app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.EventDataErased).ToListAsync());

    private static string Date(DateTime utc, string culture) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString("D", CultureInfo.GetCultureInfo(culture));

    [Fact]
    public async Task Retention_EraseNowFromThePage_AsksHowMany_ErasesAndRecordsWho()
    {
        var end = Now.AddHours(-2);
        var seeded = await _app.SeedEndedEventAsync(end);
        var organiser = await _app.OrganiserAsync();
        var url = $"/organiser/events/{seeded.Slug}/privacy";

        var page = WebUtility.HtmlDecode(await organiser.GetStringAsync(url));
        Assert.Contains($"Personal data of this event will be erased on {Date(end.AddDays(90), "en")}, 90 days after it ends.", page, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Erase the personal data of 3 registrations now?", page, StringComparison.Ordinal);
        var response = await OrganiserForms.PostFormAsync(organiser, url + "?handler=Erase", new Dictionary<string, string>(), await organiser.TokenAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await RegistrationsAsync(seeded.EventId));
        var entry = Assert.Single(await ErasuresAsync());
        Assert.Equal(("organiser@example.org", seeded.EventId, $"event:{seeded.EventId}"), (entry.Actor, entry.EventId, entry.Target));
        page = WebUtility.HtmlDecode(await organiser.GetStringAsync(url));
        Assert.Contains($"Personal data of this event was erased on {Date(Now, "en")}.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-confirm=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_EraseNowThroughTheApi_IsIdempotent_AndRefusedBeforeTheEnd()
    {
        var ended = await _app.SeedEndedEventAsync(Now.AddHours(-2), "ended");
        var upcoming = await _app.SeedEndedEventAsync(Now.AddDays(3), "upcoming");
        var organiser = await _app.OrganiserAsync();

        var first = await organiser.PostAsync("/api/organiser/events/ended/erase-personal-data", null);
        var again = await organiser.PostAsync("/api/organiser/events/ended/erase-personal-data", null);
        var early = await organiser.PostAsync("/api/organiser/events/upcoming/erase-personal-data", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var status = (await first.Content.ReadFromJsonAsync<RetentionStatus>(Web))!;
        Assert.Equal((Now, 0, false), (status.ErasedAtUtc, status.Registrations, status.MayEraseNow));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("The event has not ended: its personal data is still needed.", (await early.Content.ReadFromJsonAsync<ProblemBody>(Web))!.Title);
        Assert.Equal([ended.EventId], (await ErasuresAsync()).Select(a => a.EventId));
        Assert.Equal((0, 3), (await RegistrationsAsync(ended.EventId), await RegistrationsAsync(upcoming.EventId)));
    }

    [Fact]
    public async Task Retention_PeriodOutOfBounds_Returns400NamingTheField_AndTheFormSaysSo()
    {
        var end = Now.AddHours(-2);
        var seeded = await _app.SeedEndedEventAsync(end);
        var organiser = await _app.OrganiserAsync();
        var api = $"/api/organiser/events/{seeded.Slug}/privacy";

        var tooShort = await organiser.PutAsJsonAsync(api, new { personalDataRetentionDays = 3 });
        var tooLong = await organiser.PutAsJsonAsync(api, new { personalDataRetentionDays = 731 });
        var saved = await organiser.PutAsJsonAsync(api, new { personalDataRetentionDays = 30 });

        foreach (var refused in new[] { tooShort, tooLong })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = (await refused.Content.ReadFromJsonAsync<ProblemBody>(Web))!;
            Assert.Equal(["Must be between 7 and 730 days."], Assert.Single(problem.Errors!, e => e.Key == "personalDataRetentionDays").Value);
            Assert.Single(problem.Errors!);
        }
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var status = (await organiser.GetFromJsonAsync<RetentionStatus>(api, Web))!;
        Assert.Equal((30, 30, end.AddDays(30)), (status.PersonalDataRetentionDays, status.Days, status.ErasesAtUtc));

        var url = $"/organiser/events/{seeded.Slug}/privacy";
        var page = await OrganiserForms.PostFormAsync(organiser, url + "?handler=Period", new Dictionary<string, string> { ["Period.Value"] = "5000" }, await organiser.TokenAsync(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Enter a number of days between 7 and 730, or leave it empty.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var reset = await OrganiserForms.PostFormAsync(organiser, url + "?handler=Period", new Dictionary<string, string> { ["Period.Value"] = "" }, await organiser.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Null(await _app.WithDbAsync(db => db.Events.Where(e => e.Id == seeded.EventId).Select(e => e.PersonalDataRetentionDays).SingleAsync()));
    }

    [Fact]
    public async Task Retention_PeriodInTheEventsOwnGetAndPut_KeepsTheSameBounds()
    {
        var organiser = await global::Events.Tests.Registrations.RegistrationTestKit.PublishedEventAsync(_app);
        var input = global::Events.Tests.Registrations.RegistrationTestKit.UpcomingEvent();

        var refused = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021", input with { PersonalDataRetentionDays = 800 });
        var saved = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021", input with { PersonalDataRetentionDays = 45 });
        var unchanged = await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021", input);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Must be between 7 and 730 days."], (await refused.Content.ReadFromJsonAsync<ProblemBody>(Web))!.Errors!["personalDataRetentionDays"]);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (saved.StatusCode, unchanged.StatusCode));
        var ev = await organiser.GetFromJsonAsync<JsonElement>("/api/organiser/events/forum-2021");
        Assert.Equal(45, ev.GetProperty("personalDataRetentionDays").GetInt32());
        Assert.Equal(45, (await organiser.GetFromJsonAsync<RetentionStatus>("/api/organiser/events/forum-2021/privacy", Web))!.Days);
    }

    [Fact]
    public async Task Retention_OrganiserOfAnotherTeam_MayNeitherEraseNorChangeThePeriod()
    {
        var seeded = await _app.SeedEndedEventAsync(Now.AddHours(-2));
        var outsider = await _app.SignedInAsync("outsider@example.org", Roles.Organiser);

        var erase = await outsider.PostAsync($"/api/organiser/events/{seeded.Slug}/erase-personal-data", null);
        var put = await outsider.PutAsJsonAsync($"/api/organiser/events/{seeded.Slug}/privacy", new { personalDataRetentionDays = 7 });
        var page = await outsider.GetAsync($"/organiser/events/{seeded.Slug}/privacy");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (erase.StatusCode, put.StatusCode));
        Assert.Contains("/account/denied", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, await RegistrationsAsync(seeded.EventId));
        Assert.Empty(await ErasuresAsync());
    }

    [Theory]
    [InlineData("en", "Your data is kept until {0}, 30 days after the event, then erased.")]
    [InlineData("fr", "Vos données sont conservées jusqu’au {0}, 30 jours après l’événement, puis effacées.")]
    [InlineData("es", "Sus datos se conservan hasta el {0}, 30 días después del evento, y luego se borran.")]
    public async Task Retention_RegistrationForm_StatesThePeriod(string language, string notice)
    {
        var organiser = await global::Events.Tests.Registrations.RegistrationTestKit.PublishedEventAsync(_app);
        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021/privacy", new { personalDataRetentionDays = 30 })).EnsureSuccessStatusCode();
        var end = await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == "forum-2021").Select(e => e.EndsAtUtc).SingleAsync());

        var page = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync($"/events/forum-2021?lang={language}"));

        Assert.Contains(string.Format(CultureInfo.InvariantCulture, notice, Date(end.AddDays(30), language)), page, StringComparison.Ordinal);
    }

    private sealed record ProblemBody(string? Title, Dictionary<string, string[]>? Errors);
}
