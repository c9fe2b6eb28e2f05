using Events.Core.Email;
using Events.Core.Events;
using Events.Core.Forums;
using Events.Core.Interpretation;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Retention;

/// <summary>An ended event holding every kind of personal data the product keeps, each piece a string found nowhere else.</summary>
internal sealed record SeededEvent(int EventId, string Slug, int Registrations, IReadOnlyList<string> Secrets);

internal static class RetentionTestKit
{
    /// <summary>An app whose job storage is a SQLite file (so its tables can be read) and whose drop folder is its own.</summary>
    public static EventsApp App(TimeProvider clock, string mailDirectory) => new(new()
    {
        ["Jobs:Storage"] = "Sqlite",
        ["Smtp:DropDirectory"] = mailDirectory,
    }, clock);

    public static Task<SeededEvent> SeedEndedEventAsync(this EventsApp app, DateTime endsAtUtc, string slug = "retention-2021") =>
        app.WithDbAsync(async db =>
        {
            var tag = Guid.NewGuid().ToString("N")[..12];
            string Secret(string what) => $"{what}{tag}";
            var forum = new Forum { Slug = slug + "-forum", Title = "Protection forum series", StartsOn = new DateOnly(2021, 1, 1), EndsOn = new DateOnly(2030, 1, 1) };
            db.Forums.Add(forum);
            await db.SaveChangesAsync();
            var ev = new Event
            {
                Slug = slug, Title = "Protection forum", TimeZoneId = "Europe/Paris", StartsAtUtc = endsAtUtc.AddMinutes(-90), EndsAtUtc = endsAtUtc,
                Status = EventStatus.Ended, ForumId = forum.Id, OrganiserName = "Forum team", OrganiserEmail = "team@example.org",
                Channels = [new InterpretationChannel { LanguageCode = "fr", Label = "Français" }],
                Questions = [new RegistrationQuestion { Label = "What do you work on?", Kind = QuestionKind.Text }],
            };
            db.Events.Add(ev);
            await db.SaveChangesAsync();

            var booking = new Booking { ForumId = forum.Id, Name = Secret("Bookername"), Email = Secret("booker") + "@example.org", Language = "es" };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            Registration Person(string name, RegistrationStatus status, string language, int minutesBefore) => new()
            {
                EventId = ev.Id, TokenHash = Guid.NewGuid().ToString("N"), LinkSeed = Guid.NewGuid().ToString("N"), Name = Secret(name), Email = Secret(name.ToLowerInvariant()) + "@example.org",
                Status = status, Language = language, Organisation = Secret(name + "Org"), AccessibilityNeeds = Secret(name + "Needs"),
                ConsentedAtUtc = ev.StartsAtUtc.AddDays(-3), CreatedAtUtc = ev.StartsAtUtc.AddMinutes(-minutesBefore), UpdatedAtUtc = ev.StartsAtUtc,
            };
            var ana = Person("Anaregistrant", RegistrationStatus.Confirmed, "en", 4000);
            ana.ChannelId = ev.Channels[0].Id;
            ana.Answers = [new RegistrationAnswer { QuestionId = ev.Questions[0].Id, Value = Secret("Anaanswer") }];
            var ben = Person("Benregistrant", RegistrationStatus.Confirmed, "fr", 3000);
            ben.BookingId = booking.Id;
            var cy = Person("Cyregistrant", RegistrationStatus.Cancelled, "es", 2000);
            cy.DecisionMessage = Secret("Cynote");
            db.Registrations.AddRange(ana, ben, cy);
            await db.SaveChangesAsync();

            var named = new Question
            {
                EventId = ev.Id, AskerKey = Participant.AttendeeKey(ana.Id), RegistrationId = ana.Id, AskerName = ana.Name, Text = "How is protection funded?",
                Status = QuestionStatus.Answered, Anonymity = QuestionAnonymity.Named, Votes = 2,
            };
            var guest = new Question
            {
                EventId = ev.Id, AskerKey = Participant.GuestKey(tag), AskerName = Secret("Guestasker"), Text = "Who decides?", Status = QuestionStatus.Published, Votes = 1,
            };
            db.Questions.AddRange(named, guest);
            await db.SaveChangesAsync();
            db.QuestionVotes.AddRange(
                new QuestionVote { QuestionId = named.Id, VoterKey = Participant.AttendeeKey(ben.Id) },
                new QuestionVote { QuestionId = named.Id, VoterKey = Participant.GuestKey(tag) },
                new QuestionVote { QuestionId = guest.Id, VoterKey = Participant.AttendeeKey(ana.Id) });
            db.AskerBlocks.Add(new AskerBlock { EventId = ev.Id, ParticipantKey = Participant.AttendeeKey(cy.Id) });
            LiveConnection Connection(Registration r, int from, int to) => new()
            {
                ConnectionId = Guid.NewGuid().ToString("N"), EventId = ev.Id, ParticipantKey = Participant.AttendeeKey(r.Id), RegistrationId = r.Id,
                Role = ParticipantRole.Attendee, ConnectedAtUtc = ev.StartsAtUtc.AddMinutes(from), DisconnectedAtUtc = ev.StartsAtUtc.AddMinutes(to),
            };
            db.LiveConnections.AddRange(Connection(ana, 0, 60), Connection(ben, 10, 15));
            // A refusal whose server text names the address, as SMTP servers do.
            db.EmailDeliveries.Add(new EmailDelivery
            {
                Key = FormattableString.Invariant($"reminder:{cy.Id}:0:1440"), EventId = ev.Id, Recipient = cy.Email, Kind = EmailKind.Reminder,
                Status = EmailDeliveryStatus.Failed, Error = $"550 5.1.1 <{cy.Email}>: mailbox unavailable", Attempts = 1,
            });
            await db.SaveChangesAsync();
            await SendEmailsAsync(app, [(ana.Id, EmailKind.Confirmed), (ben.Id, EmailKind.Confirmed), (cy.Id, EmailKind.Cancelled)], booking.Id);

            string[] secrets = [.. new[] { ana, ben, cy }.SelectMany(r => new[] { r.Name, r.Email, r.Organisation!, r.AccessibilityNeeds! }),
                ana.Answers[0].Value, cy.DecisionMessage, booking.Name, booking.Email, guest.AskerName];
            return new SeededEvent(ev.Id, ev.Slug, 3, secrets);
        });

    /// <summary>As the registrar does: each email queued as a job, then sent into the drop folder (no job server runs in tests).</summary>
    private static async Task SendEmailsAsync(EventsApp app, (int Id, EmailKind Kind)[] emails, int bookingId)
    {
        using var scope = app.Services.CreateScope();
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var sender = scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>();
        foreach (var (id, kind) in emails)
        {
            jobs.Enqueue<IRegistrationEmailJobs>(j => j.SendAsync(id, kind, CancellationToken.None));
            await sender.SendAsync(id, kind, CancellationToken.None);
        }
        jobs.Enqueue<IBookingEmailJobs>(j => j.SendAsync(bookingId, CancellationToken.None));
        await scope.ServiceProvider.GetRequiredService<IBookingEmailJobs>().SendAsync(bookingId, CancellationToken.None);
    }
}
