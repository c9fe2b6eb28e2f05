using Events.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Events.Core.Registrations;

public sealed partial class Registrar
{
    /// <summary>Deletes the registration row (all its personal data) and gives a freed place to the next waiting.</summary>
    public async Task EraseAsync(int registrationId, CancellationToken ct)
    {
        List<Registration> promoted = [];
        await Gate.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId, ct);
            if (registration is not null)
            {
                db.Registrations.Remove(registration);
                await db.SaveChangesAsync(ct);
                await Live.LiveErasure.ForgetRegistrationAsync(db, registrationId, ct);
                promoted = await PromoteAsync(registration.EventId, ct);
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
        promoted.ForEach(p => Enqueue(p.Id, EmailKind.Promoted));
    }
}
