using Events.Core.Calendar;
using Events.Core.Links;
using Events.Core.Email.Templates;
using Events.Core.Retention;
using MimeKit;

namespace Events.Core.Forums;

/// <summary>The job behind <see cref="IBookingEmailJobs"/>: one email for every session of a booking, sent once per booking.</summary>
public sealed class BookingEmailJobs(
    EventsDbContext db, OnceOnlyMailer mailer, PersonalLinks links, IOptions<SiteOptions> site, IOptions<RetentionOptions> retention,
    TimeProvider clock)
    : IBookingEmailJobs
{
    public static string Key(int bookingId) => FormattableString.Invariant($"booking:{bookingId}:{EmailKind.Confirmed}");

    public async Task SendAsync(int bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        var forum = booking is null ? null : await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == booking.ForumId, cancellationToken);
        if (booking is null || forum is null)
        {
            return;
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.BookingId == bookingId).ToListAsync(cancellationToken);
        if (registrations.Count == 0)
        {
            return; // every session erased before the job ran
        }
        var ids = registrations.Select(r => r.EventId).ToList();
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var sessions = registrations.Select(r => (Registration: r, Event: events[r.EventId]))
            .OrderBy(s => s.Event.StartsAtUtc).ThenBy(s => s.Event.Id).ToList();
        var email = new PendingEmail(Key(bookingId), EmailKind.Confirmed, null, booking.Email, () => Build(booking, forum, sessions));
        var result = await mailer.SendAsync(email, cancellationToken);
        if (result.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy)
        {
            throw new InvalidOperationException($"Delivery {result.Key} is not done ({result.Outcome}); Hangfire retries it.");
        }
    }

    internal MimeMessage Build(Booking booking, Forum forum, List<(Registration Registration, Event Event)> sessions)
    {
        var language = TemplateTexts.LanguageOf(booking.Language);
        var words = BookingEmailTexts.For(language);
        var template = TemplateTexts.For(language);
        var forumTitle = new ContentReader(forum.OriginalLanguage, booking.Language).Text(forum.Translations, nameof(Forum.Title), forum.Title);
        var calendar = new List<InvitationRequest>();
        var views = new List<EmailSession>();
        foreach (var (registration, ev) in sessions)
        {
            var title = ContentReader.For(ev, booking.Language).Text(ev.Translations, nameof(Event.Title), ev.Title);
            var publicUrl = EventFacts.PublicUrl(site.Value.BaseUrl, ev);
            var confirmed = registration.Status == RegistrationStatus.Confirmed;
            views.Add(new EmailSession(EventFacts.When(ev, language))
            {
                Title = Phrase.From(title),
                Status = words.Status(registration),
                Link = new EmailLink(words.Link, links.UrlFor(registration)),
                CalendarLabel = template.AddToCalendar,
                Calendar = confirmed ? CalendarLinks.For(ev, title.Text, publicUrl, template) : [],
            });
            if (confirmed)
            {
                // The calendar entry travels: the public page, never the personal link.
                calendar.Add(new InvitationRequest(ev, CalendarMethod.Request, title.Text, words.Status(registration) + "\n" + publicUrl, publicUrl)
                {
                    Language = language,
                    SummaryLanguage = title.Language,
                    Attendee = new CalendarAttendee(registration.Id.ToString(CultureInfo.InvariantCulture), registration.Email, registration.Name),
                });
            }
        }
        var organiser = sessions.Select(s => s.Event).FirstOrDefault(e => e.OrganiserEmail.Length > 0);
        var view = new EmailView
        {
            Language = language,
            Subject = string.Format(CultureInfo.GetCultureInfo(language), words.Subject, forumTitle.Text),
            Title = Phrase.From(forumTitle),
            Greeting = template.Format(template.Greeting, booking.Name),
            Message = [new(words.Intro)],
            Sessions = views,
            // The personal page of any session lists every session of the booking.
            Button = new EmailLink(template.MyRegistration, links.UrlFor(sessions[0].Registration)),
            Warning = template.Warning,
            Contact = organiser is null ? null : new EmailContact(template.Contact, organiser.OrganiserName, organiser.OrganiserEmail),
            Privacy = template.Format(template.Privacy, sessions.Max(s => retention.Value.DaysFor(s.Event))),
            Footer = template.Format(template.RegistrantFooter, forumTitle.Text),
        };
        var email = EmailRenderer.Render(view);
        var part = calendar.Count == 0 ? null : new CalendarPart(BookingCalendar.Build(calendar, clock.GetUtcNow().UtcDateTime), CalendarMethod.Request);
        var message = EmailMessage.Create(new MailboxAddress(booking.Name, booking.Email), email.Subject, email.Html, email.Text, part);
        // A booking belongs to no one event, so the mailer cannot find its reply-to: the forum says it here.
        var first = sessions[0].Event;
        if (MailHeaders.ReplyTo(first.OrganiserName, first.OrganiserEmail, forum.ReplyToAddress) is { } replyTo)
        {
            message.ReplyTo.Add(replyTo);
        }
        return message;
    }
}
