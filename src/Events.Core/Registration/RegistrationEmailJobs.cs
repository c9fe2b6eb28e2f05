using Events.Core.Calendar;
using Events.Core.Content;
using Events.Core.Links;
using MimeKit;

namespace Events.Core.Registrations;

/// <summary>The job behind <see cref="IRegistrationEmailJobs"/>: loads by id, sends once per key, throws to retry a transient failure.</summary>
public sealed class RegistrationEmailJobs(EventsDbContext db, OnceOnlyMailer mailer, PersonalLinks links, TimeProvider clock)
    : IRegistrationEmailJobs
{
    public async Task SendAsync(int registrationId, EmailKind kind, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null)
        {
            return; // erased before the job ran: nothing to send to
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId, cancellationToken);
        // A replaced link is news at each replacement, whatever the event's version.
        var version = kind == EmailKind.LinkReplaced ? registration.LinkVersion : ev.Sequence;
        var email = new PendingEmail(DeliveryKey.For(registrationId, kind, version), kind, ev.Id, registration.Email,
            () => Build(registration, ev, kind));
        var result = await mailer.SendAsync(email, cancellationToken);
        if (result.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy)
        {
            throw new InvalidOperationException($"Delivery {result.Key} is not done ({result.Outcome}); Hangfire retries it.");
        }
    }

    /// <summary>Also used for reminders and event changes, which share the layout.</summary>
    public MimeMessage Build(Registration registration, Event ev, EmailKind kind)
    {
        var culture = CultureInfo.GetCultureInfo(registration.Language);
        var (subject, line) = RegistrationEmailTexts.For(registration.Language, kind);
        if (registration.DecisionMessage is { } note && kind is EmailKind.Confirmed or EmailKind.WaitingList or EmailKind.Declined)
        {
            line += $"\n\n{RegistrationEmailTexts.LabelsFor(registration.Language).Note}: {note}";
        }
        var labels = RegistrationEmailTexts.LabelsFor(registration.Language);
        var wording = RegistrationEmailTexts.Language(registration.Language);
        var content = ContentReader.For(ev, registration.Language);
        var title = content.Text(ev.Translations, nameof(Event.Title), ev.Title);
        var summary = content.Text(ev.Translations, nameof(Event.Summary), ev.Summary);
        var start = EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone);
        var end = EventTime.ToLocal(ev.EndsAtUtc, ev.TimeZone);
        var when = $"{start.ToString("D", culture)}, {start.ToString("t", culture)}–{end.ToString("t", culture)} ({ev.TimeZoneId})";
        var link = links.UrlFor(registration);
        var about = string.IsNullOrWhiteSpace(summary.Text) ? "" : $"{summary.Text}\n";
        var text = $"{line}\n\n{title.Text}\n{about}{labels.When}: {when}\n\n{labels.Link}:\n{link}\n\n{labels.Contact}: {ev.OrganiserName} <{ev.OrganiserEmail}>\n";
        var aboutHtml = string.IsNullOrWhiteSpace(summary.Text) ? "" : $"<p{Lang(summary)}>{Encode(summary.Text)}</p>\n";
        var html = $"""
            <div lang="{wording}">
            <p>{Encode(line)}</p>
            <h1 style="font-size:1.2em"{Lang(title)}>{Encode(title.Text)}</h1>
            {aboutHtml}<p><strong>{Encode(labels.When)}:</strong> {Encode(when)}</p>
            <p><a href="{Encode(link)}">{Encode(labels.Link)}</a></p>
            <p>{Encode(labels.Contact)}: {Encode(ev.OrganiserName)} &lt;{Encode(ev.OrganiserEmail)}&gt;</p>
            </div>
            """;
        var method = kind switch
        {
            EmailKind.Confirmed or EmailKind.Promoted or EmailKind.LinkAgain when registration.Status == RegistrationStatus.Confirmed => CalendarMethod.Request,
            EmailKind.EventUpdated when registration.Status == RegistrationStatus.Confirmed => CalendarMethod.Request,
            EmailKind.Cancelled => CalendarMethod.Cancel,
            // Only a confirmed registrant holds a calendar entry to withdraw.
            EmailKind.EventCancelled when registration.Status == RegistrationStatus.Confirmed => CalendarMethod.Cancel,
            _ => null,
        };
        CalendarPart? calendar = null;
        if (method is not null)
        {
            // Calendar entries sync to other people's servers: they carry the event's public page, never the personal link.
            var page = links.EventUrlFor(ev);
            var request = new InvitationRequest(ev, method, title.Text, $"{about}\n{line}\n{page}".TrimStart('\n'), page)
            {
                Language = wording,
                SummaryLanguage = title.Language,
                Attendee = new CalendarAttendee(registration.Id.ToString(CultureInfo.InvariantCulture), registration.Email, registration.Name),
            };
            calendar = new CalendarPart(InvitationCalendar.Build(request, clock.GetUtcNow().UtcDateTime), method);
        }
        return EmailMessage.Create(new MailboxAddress(registration.Name, registration.Email),
            string.Format(culture, subject, title.Text), html, text, calendar);
    }

    /// <summary>A text standing in from the original language says so, for screen readers and translation tools.</summary>
    private static string Lang(LocalizedText text) => text.IsFallback ? $" lang=\"{Encode(text.Language)}\"" : "";

    // Accented letters stay as they are (the mail is UTF-8), so a Spanish message reads in its source too.
    private static string Encode(string value) => FollowUps.Html.Encode(value);
}
