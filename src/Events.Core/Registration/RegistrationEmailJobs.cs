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
    // Loaded with a few queries each, so a batch of a few hundred stays a handful of round trips.
    private const int LoadChunk = 500;
    private readonly Dictionary<int, RegistrationEmailView.Details> _details = [];
    private readonly RegistrationEmailCache _cache = new();

    public Task SendAsync(int registrationId, EmailKind kind, CancellationToken cancellationToken) =>
        SendBatchAsync([new RegistrationEmail(registrationId, kind)], cancellationToken);

    /// <summary>
    /// Every email goes over one connection. A transient failure leaves those emails queued in the ledger and, once the
    /// rest are sent, throws: Hangfire's retry runs the whole batch again, skipping what was sent.
    /// </summary>
    public async Task SendBatchAsync(IReadOnlyList<RegistrationEmail> emails, CancellationToken cancellationToken)
    {
        var ids = emails.Select(e => e.RegistrationId).Distinct().ToList();
        var registrations = new Dictionary<int, Registration>();
        foreach (var chunk in ids.Chunk(LoadChunk))
        {
            foreach (var registration in await db.Registrations.AsNoTracking().Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                registrations[registration.Id] = registration;
            }
        }
        var eventIds = registrations.Values.Select(r => r.EventId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var pending = new List<PendingEmail>(emails.Count);
        var sending = new List<RegistrationEmail>(emails.Count);
        // Erased before the job ran: nothing to send to.
        foreach (var email in emails.Distinct().Where(e => registrations.ContainsKey(e.RegistrationId)))
        {
            sending.Add(email);
            var registration = registrations[email.RegistrationId];
            var ev = events[registration.EventId];
            // A replaced link is news at each replacement, whatever the event's version.
            var version = email.Kind == EmailKind.LinkReplaced ? registration.LinkVersion : ev.Sequence;
            pending.Add(new PendingEmail(DeliveryKey.For(registration.Id, email.Kind, version), email.Kind, ev.Id, registration.Email,
                () => Build(registration, ev, email.Kind)));
        }
        var results = await mailer.SendBatchAsync(pending, cancellationToken);
        var settled = sending.Where((_, i) => results[i].Outcome is not (DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy));
        await SettleOutboxAsync(settled, CancellationToken.None);
        var unfinished = results.Where(r => r.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy).ToList();
        if (unfinished.Count > 0)
        {
            throw new InvalidOperationException(
                $"{unfinished.Count} of {pending.Count} deliveries are not done (first: {unfinished[0].Key}, {unfinished[0].Outcome}); Hangfire retries them.");
        }
    }

    /// <summary>
    /// The outbox rows of emails now sent or failed for good are done with. By registration and kind, not by row (the
    /// job carries no row ids): a later row of the same kind already handed over keeps its own job, only not its repair.
    /// </summary>
    private async Task SettleOutboxAsync(IEnumerable<RegistrationEmail> settled, CancellationToken cancellationToken)
    {
        foreach (var kind in settled.GroupBy(e => e.Kind))
        {
            foreach (var chunk in kind.Select(e => e.RegistrationId).Chunk(LoadChunk))
            {
                await db.Set<EmailOutboxEntry>()
                    .Where(o => o.Kind == kind.Key && o.DispatchedAtUtc != null && chunk.Contains(o.RegistrationId))
                    .ExecuteDeleteAsync(cancellationToken);
            }
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
            var request = CalendarRequest(registration, ev, kind, method);
            calendar = new CalendarPart(_cache.Calendar(request, registration.Language, kind, clock.GetUtcNow().UtcDateTime), method);
        }
        return EmailMessage.Create(new MailboxAddress(registration.Name, registration.Email), email.Subject, email.Html, email.Text, calendar);
    }

    /// <summary>The message's words for one registrant, as sent (for previews too).</summary>
    public RenderedEmail Render(Registration registration, Event ev, EmailKind kind) =>
        _cache.Render(registration, ev, kind, DetailsOf(ev));

    private InvitationRequest CalendarRequest(Registration registration, Event ev, EmailKind kind, string method)
    {
        var language = RegistrationEmailTexts.Language(registration.Language);
        var content = ContentReader.For(ev, registration.Language);
        var title = content.Text(ev.Translations, nameof(Event.Title), ev.Title);
        var summary = content.Text(ev.Translations, nameof(Event.Summary), ev.Summary).Text;
        var line = RegistrationEmailTexts.For(language, kind).Line;
        // A calendar entry travels (shared calendars, forwarded invitations): it carries the public page, never the personal link.
        var publicUrl = EventFacts.PublicUrl(site.Value.BaseUrl, ev);
        var description = string.Join("\n", new[] { summary, line, publicUrl }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new InvitationRequest(ev, method, title.Text, description, publicUrl)
        {
            Language = language,
            SummaryLanguage = title.Language,
            Attendee = new CalendarAttendee(registration.Id.ToString(CultureInfo.InvariantCulture), registration.Email, registration.Name),
        };
    }

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
