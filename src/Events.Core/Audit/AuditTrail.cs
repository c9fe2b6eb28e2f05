namespace Events.Core.Audit;

/// <summary>
/// Writes the audit log. <see cref="Add"/> joins the caller's unit of work, so the entry is saved with the action
/// it records (or not at all); <see cref="RecordAsync"/> saves on its own, for actions that write nothing else.
/// </summary>
public sealed class AuditTrail(EventsDbContext db, IAuditActor actor, TimeProvider clock)
{
    public AuditEntry Add(AuditAction action, int? eventId = null, string? target = null, string detail = "", string? actorName = null)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Action = action,
            ActorId = actor.UserId,
            Actor = actorName ?? actor.Name,
            EventId = eventId,
            Target = target,
            Detail = detail,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task RecordAsync(AuditAction action, int? eventId = null, string? target = null, string detail = "",
        string? actorName = null, CancellationToken cancellationToken = default)
    {
        Add(action, eventId, target, detail, actorName);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string TargetOf(string kind, object id) => $"{kind}:{id}";
}
