using Events.Core.Calendar;
using Events.Core.Links;
using Events.Core.Email.Templates;
using Events.Core.FollowUps;
using Events.Core.Retention;
using MimeKit;

namespace Events.Core.Registrations;

/// <summary>The job behind <see cref="IRegistrationEmailJobs"/>: loads by id, sends once per key, throws to retry a transient failure.</summary>
public sealed class RegistrationEmailJobs(
    EventsDbContext db, OnceOnlyMailer mailer, PersonalLinks links, IOptions<SiteOptions> site, IOptions<RetentionOptions> retention,
    TimeProvider clock)
    : IRegistrationEmailJobs
{
    private readonly Dictionary<int, RegistrationEmailView.Details> _details = [];

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

    // One at a time for now; batching over one connection is the next step (issue 13).
    public async Task SendBatchAsync(IReadOnlyList<RegistrationEmail> emails, CancellationToken cancellationToken)
    {
        foreach (var email in emails)
        {
            await SendAsync(email.RegistrationId, email.Kind, cancellationToken);
        }
    }

    /// <summary>Also used for reminders and event changes, which share the template.</summary>
    public MimeMessage Build(Registration registration, Event ev, EmailKind kind)
    {
        var email = Render(registration, ev, kind);
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
            var language = RegistrationEmailTexts.Language(registration.Language);
            var content = ContentReader.For(ev, registration.Language);
            var title = content.Text(ev.Translations, nameof(Event.Title), ev.Title);
            var summary = content.Text(ev.Translations, nameof(Event.Summary), ev.Summary).Text;
            var line = RegistrationEmailTexts.For(language, kind).Line;
            // A calendar entry travels (shared calendars, forwarded invitations): it carries the public page, never the personal link.
            var publicUrl = EventFacts.PublicUrl(site.Value.BaseUrl, ev);
            var description = string.Join("\n", new[] { summary, line, publicUrl }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var request = new InvitationRequest(ev, method, title.Text, description, publicUrl)
            {
                Language = language,
                SummaryLanguage = title.Language,
                Attendee = new CalendarAttendee(registration.Id.ToString(CultureInfo.InvariantCulture), registration.Email, registration.Name),
            };
            calendar = new CalendarPart(InvitationCalendar.Build(request, clock.GetUtcNow().UtcDateTime), method);
        }
        return EmailMessage.Create(new MailboxAddress(registration.Name, registration.Email), email.Subject, email.Html, email.Text, calendar);
    }

    /// <summary>The message's words for one registrant, as sent (for previews too).</summary>
    public RenderedEmail Render(Registration registration, Event ev, EmailKind kind) =>
        EmailRenderer.Render(RegistrationEmailView.For(registration, ev, kind, DetailsOf(ev)));

    /// <summary>The agenda and channels as passed in with the event, else loaded once per event for the whole batch.</summary>
    private RegistrationEmailView.Details DetailsOf(Event ev)
    {
        // An event not yet saved (a preview's sample) brings its own agenda and channels.
        if (ev.Id == 0)
        {
            return new(ev.AgendaItems, ev.Channels, site.Value.BaseUrl, retention.Value.DaysFor(ev), links);
        }
        if (!_details.TryGetValue(ev.Id, out var details))
        {
            var agenda = ev.AgendaItems.Count > 0 ? ev.AgendaItems : db.AgendaItems.AsNoTracking().Where(a => a.EventId == ev.Id).ToList();
            var channels = ev.Channels.Count > 0 ? ev.Channels : db.Channels.AsNoTracking().Where(c => c.EventId == ev.Id).ToList();
            details = new(agenda, channels, site.Value.BaseUrl, retention.Value.DaysFor(ev), links);
            _details[ev.Id] = details;
        }
        return details;
    }
}
