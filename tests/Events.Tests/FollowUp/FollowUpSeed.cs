using System.Net.Http.Json;
using Events.Core.Events;
using Events.Core.Live;
using Events.Core.Readings;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Tokens;

namespace Events.Tests.FollowUps;

/// <summary>A past event with readings, questions, and three confirmed registrants: Ana came, Ben and Cy did not stay.</summary>
internal static class FollowUpSeed
{
    public static readonly DateTime Start = new(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc);

    public static Task<Event> EventAsync(EventsApp app) => app.WithDbAsync(async db =>
    {
        var ev = new Event
        {
            Slug = "forum-2021", Title = "Protection forum", TimeZoneId = "Europe/Paris", StartsAtUtc = Start, EndsAtUtc = Start.AddMinutes(90),
            Status = EventStatus.Ended, OrganiserName = "Forum team", OrganiserEmail = "team@example.org",
            Readings =
            [
                new Reading { Position = 0, Authors = "Walk Free", Year = 2021, Title = "Global Slavery Index", Url = "https://example.org/gsi?a=1&b=2" },
                new Reading { Position = 1, Authors = "Tech Against Trafficking", Year = 2019, Title = "Landscape", Doi = "10.1234/tat.2019" },
            ],
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    });

    public static Task<Registration> RegisterAsync(EventsApp app, int eventId, string name, string language,
        RegistrationStatus status = RegistrationStatus.Confirmed) => app.WithDbAsync(async db =>
    {
        var registration = new Registration
        {
            EventId = eventId, Name = name, Email = name.ToLowerInvariant() + "@example.org",
            Language = language, Status = status,
        };
        app.IssueLink(registration);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return registration;
    });

    public static Task<int> PresentAsync(EventsApp app, int eventId, Registration registration, int fromMinute, int toMinute) => app.WithDbAsync(db =>
    {
        db.LiveConnections.Add(new LiveConnection
        {
            ConnectionId = Guid.NewGuid().ToString("N"), EventId = eventId, ParticipantKey = "a:" + registration.Id, RegistrationId = registration.Id,
            Role = ParticipantRole.Attendee, ConnectedAtUtc = Start.AddMinutes(fromMinute), DisconnectedAtUtc = Start.AddMinutes(toMinute),
        });
        return db.SaveChangesAsync();
    });

    public static Task<int> QuestionAsync(EventsApp app, int eventId, string text, QuestionStatus status, QuestionAnonymity anonymity, string? asker) =>
        app.WithDbAsync(db =>
        {
            db.Questions.Add(new Question
            {
                EventId = eventId, AskerKey = "k:" + Guid.NewGuid().ToString("N"), AskerName = asker, Anonymity = anonymity, Text = text, Status = status,
            });
            return db.SaveChangesAsync();
        });

    public static object Draft(string? recordingUrl = "https://example.org/recording", string frSubject = "Merci d'être venu·e") => new
    {
        messages = new Dictionary<string, object>
        {
            ["en"] = new { subject = "Thank you for coming", message = "It was good to have you.\n\nSee you soon.", absentSubject = "Sorry we missed you", absentMessage = "Here is what you missed." },
            ["fr"] = new { subject = frSubject, message = "Merci de votre présence.", absentSubject = "Vous nous avez manqué", absentMessage = "Voici ce que vous avez manqué." },
            ["es"] = new { subject = "Gracias por venir", message = "Gracias por su presencia.", absentSubject = "Le echamos de menos", absentMessage = "Esto es lo que se perdió." },
        },
        recordingUrl,
        surveyUrl = "https://example.org/survey",
        includeAnsweredQuestions = true,
        includeUnansweredQuestions = true,
    };

    public static async Task SaveDraftAsync(HttpClient organiser, string slug, object? draft = null) =>
        (await organiser.PutAsJsonAsync($"/api/organiser/events/{slug}/follow-up", draft ?? Draft())).EnsureSuccessStatusCode();
}
