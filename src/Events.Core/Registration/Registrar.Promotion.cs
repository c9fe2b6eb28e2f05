namespace Events.Core.Registrations;

public enum MoveOutcome { NotFound, NotWaiting, Full, Done }

public sealed partial class Registrar
{
    /// <summary>Fills free places (after a capacity raise, say) from the waiting list in arrival order.</summary>
    public async Task<int> PromoteWaitingAsync(int eventId, CancellationToken ct)
    {
        int promoted;
        var turn = await gate.EnterAsync(eventId, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(eventId, ct);
            promoted = await PromoteAsync(eventId, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        return promoted;
    }

    /// <summary>
    /// An organiser gives a free place to one waiting registrant, out of arrival order.
    /// Never beyond capacity: with no free place the answer is <see cref="MoveOutcome.Full"/>.
    /// </summary>
    public async Task<MoveOutcome> MoveFromWaitingListAsync(int eventId, int registrationId, CancellationToken ct)
    {
        var turn = await gate.EnterAsync(eventId, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(eventId, ct);
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, ct);
            if (registration is null)
            {
                return MoveOutcome.NotFound;
            }
            if (registration.Status != RegistrationStatus.WaitingList)
            {
                return MoveOutcome.NotWaiting;
            }
            var capacity = await db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity).SingleAsync(ct);
            if (capacity is not null && await PlacesTakenAsync(eventId, ct) >= capacity.Value)
            {
                return MoveOutcome.Full;
            }
            registration.Status = RegistrationStatus.Confirmed;
            Outbox(registration, EmailKind.Promoted);
            await SaveChangedAsync(registration, tx, ct);
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        return MoveOutcome.Done;
    }

    /// <summary>
    /// Gives free places to the waiting list in arrival order. A waiting registrant who has not yet confirmed
    /// their email gets the place as a hold (confirmed once they confirm) and no email; the others' emails go to the outbox.
    /// Returns how many were confirmed (and emailed).
    /// </summary>
    private async Task<int> PromoteAsync(int eventId, CancellationToken ct)
    {
        var capacity = await db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity).SingleAsync(ct);
        var free = capacity is null ? int.MaxValue : capacity.Value - await PlacesTakenAsync(eventId, ct);
        if (free <= 0)
        {
            return 0;
        }
        var next = await db.Registrations
            .Where(r => r.EventId == eventId && (r.Status == RegistrationStatus.WaitingList
                || (r.Status == RegistrationStatus.Unconfirmed && r.StatusOnceEmailConfirmed == RegistrationStatus.WaitingList)))
            .OrderBy(r => r.WaitingPosition).ThenBy(r => r.Id)
            .Take(free).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in next)
        {
            if (r.Status == RegistrationStatus.Unconfirmed)
            {
                r.StatusOnceEmailConfirmed = RegistrationStatus.Confirmed;
            }
            else
            {
                r.Status = RegistrationStatus.Confirmed;
                Outbox(r, EmailKind.Promoted);
            }
            r.UpdatedAtUtc = now;
        }
        await db.SaveChangesAsync(ct);
        return next.Count(r => r.Status == RegistrationStatus.Confirmed);
    }
}
