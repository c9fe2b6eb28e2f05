namespace Events.Core.EventChanges;

/// <summary>The job behind <see cref="IEventChangeJobs"/>: one per event version, sending in batches over one connection each.</summary>
public sealed class EventChangeJobs(EventsDbContext db, OnceOnlyMailer mailer, RegistrationEmailJobs emails) : IEventChangeJobs
{
    /// <summary>Small enough that a batch ends well within the mailer's lease and progress shows as it goes.</summary>
    public const int BatchSize = 50;

    private static readonly RegistrationStatus[] ToldOfUpdates = [RegistrationStatus.Confirmed];

    private static readonly RegistrationStatus[] ToldOfCancellation =
        [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.WaitingList, RegistrationStatus.Unconfirmed];

    public Task SendUpdateAsync(int eventId, int sequence, CancellationToken cancellationToken) =>
        SendAsync(eventId, sequence, EmailKind.EventUpdated, cancellationToken);

    public Task SendCancellationAsync(int eventId, int sequence, CancellationToken cancellationToken) =>
        SendAsync(eventId, sequence, EmailKind.EventCancelled, cancellationToken);

    private async Task SendAsync(int eventId, int sequence, EmailKind kind, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return;
        }
        if (!IsCurrent(ev, sequence, kind))
        {
            // A retry of a version since replaced: what it left queued will never go.
            var ids = await db.Registrations.Where(r => r.EventId == eventId).Select(r => r.Id).ToListAsync(cancellationToken);
            await mailer.RetireAsync(ids.Select(id => DeliveryKey.For(id, kind, sequence)).ToList(), cancellationToken);
            return;
        }
        var statuses = kind == EmailKind.EventCancelled ? ToldOfCancellation : ToldOfUpdates;
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && statuses.Contains(r.Status))
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var pending = registrations.Select(r => new PendingEmail(DeliveryKey.For(r.Id, kind, sequence), kind, ev.Id, r.Email,
            () => emails.Build(r, ev, kind))).ToList();
        await mailer.QueueAsync(pending, cancellationToken);
        var unfinished = 0;
        foreach (var batch in pending.Chunk(BatchSize))
        {
            var results = await mailer.SendBatchAsync(batch, cancellationToken);
            unfinished += results.Count(r => r.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy);
        }
        if (unfinished > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{unfinished} {kind} email(s) for event {eventId} are not done; Hangfire retries them."));
        }
    }

    /// <summary>
    /// A job for an older version stays silent: the newer version has its own job, and telling people twice,
    /// the second time with stale details, would confuse them.
    /// </summary>
    private static bool IsCurrent(Event ev, int sequence, EmailKind kind) =>
        ev.Sequence == sequence && (kind == EmailKind.EventCancelled
            ? ev.Status == EventStatus.Cancelled
            : ev.Status is EventStatus.Published or EventStatus.Live);
}
