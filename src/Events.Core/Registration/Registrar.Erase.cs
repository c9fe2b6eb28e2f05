namespace Events.Core.Registrations;

public sealed partial class Registrar
{
    /// <summary>Deletes the registration row (all its personal data, answers included) and gives a freed place to the next waiting.</summary>
    public Task EraseAsync(int registrationId, CancellationToken ct) => DeleteAsync(registrationId, _ => true, ct, audited: true);

    /// <summary>Releases an Unconfirmed registration whose hold has run out. Idempotent: anything else is left alone.</summary>
    public Task<bool> ExpireHoldAsync(int registrationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return DeleteAsync(registrationId, r => r.Status == RegistrationStatus.Unconfirmed && r.HoldExpiresAtUtc <= now, ct);
    }

    /// <param name="audited">An erasure someone asked for; a hold running out is the rules' doing, not a person's.</param>
    private async Task<bool> DeleteAsync(int registrationId, Func<Registration, bool> when, CancellationToken ct, bool audited = false)
    {
        var eventId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => (int?)r.EventId).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return false;
        }
        List<Live.LiveConnection> connected = [];
        var turn = await gate.EnterAsync(eventId.Value, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(eventId.Value, ct);
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId, ct);
            if (registration is null || !when(registration))
            {
                return false;
            }
            connected = await evictions.OfRegistrationAsync(registrationId, ct);
            db.Registrations.Remove(registration);
            if (audited)
            {
                audit.Add(Audit.AuditAction.RegistrationErased, registration.EventId, Audit.AuditTrail.TargetOf("registration", registrationId));
            }
            await db.SaveChangesAsync(ct);
            await Live.LiveErasure.ForgetRegistrationAsync(db, registrationId, ct);
            await ForgetDeliveriesAsync(registrationId, ct);
            await PromoteAsync(registration.EventId, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        await evictions.EvictAsync(connected, ct);
        return true;
    }

    /// <summary>The ledger keeps its counts (the organiser's report) but no longer the address or the server's reply naming it.</summary>
    private Task<int> ForgetDeliveriesAsync(int registrationId, CancellationToken ct)
    {
        // Keys as DeliveryKey.For and ReminderJobs make them.
        var registration = FormattableString.Invariant($"registration:{registrationId}:");
        var reminder = FormattableString.Invariant($"reminder:{registrationId}:");
        return db.EmailDeliveries.Where(d => d.Key.StartsWith(registration) || d.Key.StartsWith(reminder))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Recipient, "(erased)").SetProperty(d => d.Error, (string?)null), ct);
    }
}
