using Events.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Events.Core.Registrations;

public sealed partial class Registrar
{
    /// <summary>Fills free places (after a capacity raise, say) from the waiting list in arrival order.</summary>
    public async Task<int> PromoteWaitingAsync(int eventId, CancellationToken ct)
    {
        List<Registration> promoted;
        await Gate.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            promoted = await PromoteAsync(eventId, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
        promoted.ForEach(p => Enqueue(p.Id, EmailKind.Promoted));
        return promoted.Count;
    }

    private async Task<List<Registration>> PromoteAsync(int eventId, CancellationToken ct)
    {
        var capacity = await db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity).SingleAsync(ct);
        var confirmed = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, ct);
        var free = capacity is null ? int.MaxValue : capacity.Value - confirmed;
        if (free <= 0)
        {
            return [];
        }
        var next = await db.Registrations
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.WaitingList)
            .OrderBy(r => r.WaitingPosition).ThenBy(r => r.Id)
            .Take(free).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in next)
        {
            r.Status = RegistrationStatus.Confirmed;
            r.UpdatedAtUtc = now;
        }
        await db.SaveChangesAsync(ct);
        return next;
    }
}
