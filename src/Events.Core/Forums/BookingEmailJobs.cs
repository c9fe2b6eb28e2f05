using System.Net;
using System.Text;
using Events.Core.Calendar;
using Events.Core.Links;
using MimeKit;

namespace Events.Core.Forums;

/// <summary>The job behind <see cref="IBookingEmailJobs"/>: one email for every session of a booking, sent once per booking.</summary>
public sealed class BookingEmailJobs(EventsDbContext db, OnceOnlyMailer mailer, PersonalLinks links, TimeProvider clock) : IBookingEmailJobs
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
        var culture = CultureInfo.GetCultureInfo(booking.Language);
        var words = BookingEmailTexts.For(booking.Language);
        var forumTitle = new ContentReader(forum.OriginalLanguage, booking.Language).Text(forum.Translations, nameof(Forum.Title), forum.Title).Text;
        var text = new StringBuilder(words.Intro).Append("\n\n");
        var html = new StringBuilder($"<p>{Encode(words.Intro)}</p>\n<h1 style=\"font-size:1.2em\">{Encode(forumTitle)}</h1>\n");
        var calendar = new List<InvitationRequest>();
        foreach (var (registration, ev) in sessions)
        {
            var title = ContentReader.For(ev, booking.Language).Text(ev.Translations, nameof(Event.Title), ev.Title).Text;
            var start = EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone);
            var end = EventTime.ToLocal(ev.EndsAtUtc, ev.TimeZone);
            var when = $"{start.ToString("D", culture)}, {start.ToString("t", culture)}–{end.ToString("t", culture)} ({ev.TimeZoneId})";
            var link = links.UrlFor(registration);
            var status = words.Status(registration);
            text.Append(CultureInfo.InvariantCulture, $"{title}\n{words.When}: {when}\n{status}\n{words.Link}: {link}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"""
                <h2 style="font-size:1.05em">{Encode(title)}</h2>
                <p><strong>{Encode(words.When)}:</strong> {Encode(when)}<br><strong data-status="{registration.Status}">{Encode(status)}</strong><br><a href="{Encode(link)}">{Encode(words.Link)}</a></p>

                """);
            if (registration.Status == RegistrationStatus.Confirmed)
            {
                // Calendar entries sync to other people's servers: the event's public page, never the personal link.
                var page = links.EventUrlFor(ev);
                calendar.Add(new InvitationRequest(ev, CalendarMethod.Request, title, status + "\n" + page, page)
                {
                    Attendee = new CalendarAttendee(registration.Id.ToString(CultureInfo.InvariantCulture), registration.Email, registration.Name),
                });
            }
        }
        var contacts = sessions.Select(s => s.Event).Where(e => e.OrganiserEmail.Length > 0).Select(e => $"{e.OrganiserName} <{e.OrganiserEmail}>").Distinct().ToList();
        if (contacts.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{words.Contact}: {string.Join(", ", contacts)}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(words.Contact)}: {Encode(string.Join(", ", contacts))}</p>\n");
        }
        var part = calendar.Count == 0 ? null : new CalendarPart(BookingCalendar.Build(calendar, clock.GetUtcNow().UtcDateTime), CalendarMethod.Request);
        var message = EmailMessage.Create(new MailboxAddress(booking.Name, booking.Email), string.Format(culture, words.Subject, forumTitle),
            html.ToString(), text.ToString(), part);
        // A booking belongs to no one event, so the mailer cannot find its reply-to: the forum says it here.
        var first = sessions[0].Event;
        if (MailHeaders.ReplyTo(first.OrganiserName, first.OrganiserEmail, forum.ReplyToAddress) is { } replyTo)
        {
            message.ReplyTo.Add(replyTo);
        }
        return message;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
