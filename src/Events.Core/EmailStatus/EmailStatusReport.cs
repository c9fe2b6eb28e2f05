namespace Events.Core.EmailStatus;

public sealed record EmailKindCounts(EmailKind Kind, int Queued, int Sent, int Failed);

public sealed record EmailDeliveryLine(int Id, EmailKind Kind, string Recipient, EmailDeliveryStatus Status, string? Error, int Attempts, DateTime UpdatedAtUtc);

/// <summary>One event's emails as the ledger records them. Progress is the share no longer queued.</summary>
public sealed record EmailStatusReport(int Total, int Queued, int Sent, int Failed, IReadOnlyList<EmailKindCounts> ByKind, IReadOnlyList<EmailDeliveryLine> Failures)
{
    public const int MaxFailuresListed = 500;

    public int Done => Sent + Failed;

    public static async Task<EmailStatusReport> ForEventAsync(EventsDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var counts = (await db.EmailDeliveries.AsNoTracking()
            .Where(d => d.EventId == eventId)
            .GroupBy(d => new { d.Kind, d.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.Kind, c.Status), c => c.Count);
        int Count(EmailKind kind, EmailDeliveryStatus status) => counts.GetValueOrDefault((kind, status));
        var byKind = counts.Keys.Select(k => k.Kind).Distinct().Order()
            .Select(k => new EmailKindCounts(k, Count(k, EmailDeliveryStatus.Queued), Count(k, EmailDeliveryStatus.Sent), Count(k, EmailDeliveryStatus.Failed)))
            .ToList();
        var failures = await Lines(db, eventId, EmailDeliveryStatus.Failed).Take(MaxFailuresListed).ToListAsync(cancellationToken);
        return new EmailStatusReport(counts.Values.Sum(), byKind.Sum(k => k.Queued), byKind.Sum(k => k.Sent), byKind.Sum(k => k.Failed),
            byKind, failures);
    }

    /// <summary>The event's deliveries (or those in <paramref name="status"/>), latest change first.</summary>
    public static IQueryable<EmailDeliveryLine> Lines(EventsDbContext db, int eventId, EmailDeliveryStatus? status = null) =>
        db.EmailDeliveries.AsNoTracking()
            .Where(d => d.EventId == eventId && (status == null || d.Status == status))
            .OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new EmailDeliveryLine(d.Id, d.Kind, d.Recipient, d.Status, d.Error, d.Attempts, d.UpdatedAtUtc));
}
