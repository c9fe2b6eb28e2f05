namespace Events.Core.FollowUps;

/// <summary>
/// How far the follow-up has gone, from the delivery ledger. <see cref="Total"/> is the confirmed registrants now:
/// the ones a send would reach.
/// </summary>
public sealed record FollowUpProgress(int Sent, int Failed, int Queued, int Total)
{
    public static async Task<FollowUpProgress> ForEventAsync(EventsDbContext db, int eventId, CancellationToken ct)
    {
        var ledger = await db.EmailDeliveries.AsNoTracking()
            .Where(d => d.EventId == eventId && d.Kind == EmailKind.FollowUp)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, ct);
        int Count(EmailDeliveryStatus status) => ledger.Where(l => l.Status == status).Sum(l => l.Count);
        return new FollowUpProgress(Count(EmailDeliveryStatus.Sent), Count(EmailDeliveryStatus.Failed), Count(EmailDeliveryStatus.Queued), total);
    }
}
