using Events.Core.Links;

namespace Events.Core.Registrations;

public enum EmailConfirmationOutcome { NotFound, Confirmed, AlreadyConfirmed, Expired, EventClosed }

public sealed partial class Registrar
{
    /// <summary>
    /// The registrant used the link in the first email: Unconfirmed becomes what it would have been (confirmed,
    /// pending or waiting) and its email goes out. Too late, the hold is released instead, as the job would.
    /// </summary>
    public async Task<EmailConfirmationOutcome> ConfirmEmailAsync(string token, CancellationToken ct)
    {
        var found = await db.Registrations.WithToken(token)
            .Select(r => new { r.Id, r.EventId, r.Status, r.HoldExpiresAtUtc }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return EmailConfirmationOutcome.NotFound;
        }
        if (found.Status != RegistrationStatus.Unconfirmed)
        {
            return EmailConfirmationOutcome.AlreadyConfirmed;
        }
        // A cancelled or ended event takes no new places, even for a hold made in time.
        if (!await db.Events.AnyAsync(e => e.Id == found.EventId && e.Status == Events.EventStatus.Published, ct))
        {
            return EmailConfirmationOutcome.EventClosed;
        }
        if (found.HoldExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            await ExpireHoldAsync(found.Id, ct);
            return EmailConfirmationOutcome.Expired;
        }
        var turn = await gate.EnterAsync(found.EventId, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(found.EventId, ct);
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == found.Id && r.Status == RegistrationStatus.Unconfirmed, ct);
            if (registration is null)
            {
                return EmailConfirmationOutcome.AlreadyConfirmed;
            }
            registration.Status = registration.StatusOnceEmailConfirmed ?? RegistrationStatus.Confirmed;
            registration.StatusOnceEmailConfirmed = null;
            registration.HoldExpiresAtUtc = null;
            Outbox(registration, EmailFor(registration.Status));
            await SaveChangedAsync(registration, tx, ct);
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        return EmailConfirmationOutcome.Confirmed;
    }
}
