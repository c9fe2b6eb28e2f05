namespace Events.Core.Reminders;

/// <summary>The job behind <see cref="IReminderJobs"/>: re-checks the event, then sends once per registrant and key.</summary>
public sealed class ReminderJobs(EventsDbContext db, OnceOnlyMailer mailer, RegistrationEmailJobs emails, IOptions<ReminderOptions> options)
    : IReminderJobs
{
    public static string Key(int registrationId, int sequence, int offsetMinutes) =>
        FormattableString.Invariant($"reminder:{registrationId}:{sequence}:{offsetMinutes}");

    public async Task SendAsync(int eventId, int sequence, int offsetMinutes, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        // A moved event has a new sequence and its own reminders; a cancelled or deleted one gets none.
        if (ev is null || ev.Status != EventStatus.Published || ev.Sequence != sequence)
        {
            return;
        }
        // An offset the organiser has since removed: its job was dropped, but one already running may still get here.
        if (!options.Value.OffsetsFor(ev).Any(o => (int)o.TotalMinutes == offsetMinutes))
        {
            return;
        }
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var pending = registrations.Select(r => new PendingEmail(Key(r.Id, sequence, offsetMinutes), EmailKind.Reminder, ev.Id, r.Email,
            () => emails.Build(r, ev, EmailKind.Reminder))).ToList();
        var results = await mailer.SendBatchAsync(pending, cancellationToken);
        var unfinished = results.Count(r => r.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy);
        if (unfinished > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{unfinished} reminder(s) for event {eventId} are not done; Hangfire retries them."));
        }
    }
}
