using Events.Tests.Tokens;
using Events.Core.Accounts;
using Events.Core.Briefing;
using Events.Core.Email;
using Events.Core.Events;
using Events.Core.FollowUps;
using Events.Core.Forums;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Events.Tests.Email.ContentLanguageSeed;

namespace Events.Tests.Email;

/// <summary>One sent message of one kind in one language, with the link its button must carry and the personal link it may carry.</summary>
internal sealed record TemplateSample(string Kind, string Language, MimeMessage Message, string PrimaryUrl, string? PersonalToken)
{
    public override string ToString() => $"{Kind} ({Language})";
}

/// <summary>Every kind of message the site sends, in en, fr and es, built by the code that sends them.</summary>
internal static class TemplateSamples
{
    public const string BaseUrl = "https://events.example.org";
    public static readonly string[] Languages = ["en", "fr", "es"];

    private static readonly Dictionary<EmailKind, RegistrationStatus> RegistrationKinds = new()
    {
        [EmailKind.Confirmed] = RegistrationStatus.Confirmed, [EmailKind.Pending] = RegistrationStatus.Pending,
        [EmailKind.WaitingList] = RegistrationStatus.WaitingList, [EmailKind.Promoted] = RegistrationStatus.Confirmed,
        [EmailKind.Declined] = RegistrationStatus.Declined, [EmailKind.Cancelled] = RegistrationStatus.Cancelled,
        [EmailKind.LinkAgain] = RegistrationStatus.Confirmed, [EmailKind.ConfirmEmail] = RegistrationStatus.Unconfirmed,
        [EmailKind.Reminder] = RegistrationStatus.Confirmed, [EmailKind.EventUpdated] = RegistrationStatus.Confirmed,
        [EmailKind.EventCancelled] = RegistrationStatus.Confirmed,
    };

    public static Dictionary<string, string?> Settings(string drop) => new() { ["Smtp:DropDirectory"] = drop, ["Site:BaseUrl"] = BaseUrl };

    public static async Task<List<TemplateSample>> AllAsync(EventsApp app, string drop)
    {
        var ev = await EventAsync(app);
        var samples = new List<TemplateSample>();
        using (var scope = app.Services.CreateScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<RegistrationEmailJobs>();
            var loaded = await app.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == ev.Id));
            foreach (var (kind, status) in RegistrationKinds)
            {
                foreach (var language in Languages)
                {
                    var registration = await RegisterAsync(app, ev, $"R{samples.Count}-{language}", language, status);
                    registration.DecisionMessage = kind == EmailKind.Declined ? "Sorry, the room is full of staff." : null;
                    var personal = $"{BaseUrl}/r/{app.TokenOf(registration)}";
                    var primary = kind switch
                    {
                        EmailKind.Reminder => personal + "/live",
                        EmailKind.Declined or EmailKind.Cancelled or EmailKind.EventCancelled => $"{BaseUrl}/events/{ev.Slug}",
                        _ => personal,
                    };
                    samples.Add(new(kind.ToString(), language, jobs.Build(registration, loaded, kind), primary, app.TokenOf(registration)));
                }
            }
        }
        samples.AddRange(await FollowUpsAsync(app, ev));
        samples.AddRange(await BriefingsAsync(app, ev, drop));
        samples.AddRange(await BookingsAsync(app, ev, drop));
        samples.AddRange(Languages.Select(language =>
        {
            var link = $"{BaseUrl}/account/invite/abc123";
            var email = AccountInvitations.Render("Protection forum team", language, link);
            return new TemplateSample("TeamInvitation", language,
                EmailMessage.Create(new MailboxAddress("New member", "new@example.org"), email.Subject, email.Html, email.Text), link, null);
        }));
        Keep(samples);
        return samples;
    }

    /// <summary>With EVENTS_EMAIL_SAMPLES set, writes each sample's parts there, to read them or open them in a browser.</summary>
    private static void Keep(List<TemplateSample> samples)
    {
        if (Environment.GetEnvironmentVariable("EVENTS_EMAIL_SAMPLES") is not { Length: > 0 } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        foreach (var sample in samples)
        {
            File.WriteAllText(Path.Combine(folder, $"{sample.Kind}-{sample.Language}.html"), sample.Message.HtmlBody);
            File.WriteAllText(Path.Combine(folder, $"{sample.Kind}-{sample.Language}.txt"), sample.Message.TextBody);
        }
    }

    private static Task<Registration> RegisterAsync(EventsApp app, Event ev, string name, string language, RegistrationStatus status) =>
        app.WithDbAsync(async db =>
        {
            var registration = new Registration
            {
                EventId = ev.Id, Name = name, Email = name.ToLowerInvariant() + "@example.org",
                Language = language, Status = status, ChannelId = ev.Channels[0].Id,
            };
            app.IssueLink(registration);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return registration;
        });

    private static async Task<List<TemplateSample>> FollowUpsAsync(EventsApp app, Event ev)
    {
        await app.WithDbAsync(db =>
        {
            db.FollowUps.Add(new FollowUpDraft
            {
                EventId = ev.Id, RecordingUrl = "https://example.org/recording", SurveyUrl = "https://example.org/survey",
                Messages =
                [
                    new() { Language = "en", Subject = "Thank you for coming", Message = "It was good to have you.", AbsentSubject = "Missed you", AbsentMessage = "Here is what you missed." },
                    new() { Language = "fr", Subject = "Merci d’être venu·e", Message = "Merci de votre présence.", AbsentSubject = "Vous nous avez manqué", AbsentMessage = "Voici ce que vous avez manqué." },
                    new() { Language = "es", Subject = "Gracias por venir", Message = "Gracias por su presencia.", AbsentSubject = "Le echamos de menos", AbsentMessage = "Esto es lo que se perdió." },
                ],
            });
            return db.SaveChangesAsync();
        });
        var content = (await app.WithDbAsync(db => FollowUpContent.LoadAsync(db, ev.Id, CancellationToken.None)))!;
        return Languages.Select(language =>
        {
            var email = FollowUpComposer.Render(content, language, FollowUpVariant.Attended, "Ana", BaseUrl, 90);
            return new TemplateSample("FollowUp", language,
                EmailMessage.Create(new MailboxAddress("Ana", "ana@example.org"), email.Subject, email.Html, email.Text), "https://example.org/recording", null);
        }).ToList();
    }

    private static async Task<List<TemplateSample>> BriefingsAsync(EventsApp app, Event ev, string drop)
    {
        foreach (var language in Languages)
        {
            await InterpreterAsync(app, ev, "Interpreter-" + language, language);
        }
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBriefingJobs>().SendOnDemandAsync(ev.Id, "samples", CancellationToken.None);
        }
        var messages = Take(drop);
        return Languages.Select(language => new TemplateSample("InterpreterBriefing", language,
            To(messages, $"interpreter-{language}@example.org"), $"{BaseUrl}/events/{ev.Slug}", null)).ToList();
    }

    private static async Task<List<TemplateSample>> BookingsAsync(EventsApp app, Event ev, string drop)
    {
        var forumId = await app.WithDbAsync(async db =>
        {
            var forum = new Forum { Slug = "gpf", Title = "Global Protection Forum", StartsOn = DateOnly.FromDateTime(ev.StartsAtUtc), EndsOn = DateOnly.FromDateTime(ev.StartsAtUtc) };
            forum.Translations.Set("fr", nameof(Forum.Title), "Forum mondial de la protection");
            forum.Translations.Set("es", nameof(Forum.Title), "Foro mundial de protección");
            db.Forums.Add(forum);
            await db.SaveChangesAsync();
            return forum.Id;
        });
        var samples = new List<TemplateSample>();
        foreach (var language in Languages)
        {
            var booking = await app.WithDbAsync(async db =>
            {
                var booking = new Booking { ForumId = forumId, Name = "Booker " + language, Email = $"booker-{language}@example.org", Language = language };
                db.Bookings.Add(booking);
                await db.SaveChangesAsync();
                var session = new Registration
                {
                    EventId = ev.Id, BookingId = booking.Id, Name = booking.Name, Email = booking.Email,
                    Language = language, Status = RegistrationStatus.Confirmed,
                };
                app.IssueLink(session);
                db.Registrations.Add(session);
                await db.SaveChangesAsync();
                return booking;
            });
            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<IBookingEmailJobs>().SendAsync(booking.Id, CancellationToken.None);
            }
            var token = app.TokenOf(await app.WithDbAsync(db => db.Registrations.Where(r => r.BookingId == booking.Id).SingleAsync()));
            samples.Add(new("Booking", language, Assert.Single(Take(drop)), $"{BaseUrl}/r/{token}", token));
        }
        return samples;
    }
}
