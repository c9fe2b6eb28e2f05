namespace Events.Core.Audit;

/// <summary>One thing a person (or the system) did that someone may later need to account for.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The staff account that acted; null for the system or an anonymous caller.</summary>
    public string? ActorId { get; set; }

    /// <summary>How the actor is shown: a staff email, "system", or the address a failed sign-in tried.</summary>
    public string Actor { get; set; } = "";
    public int? EventId { get; set; }

    /// <summary>What was acted on, as <c>kind:id</c> (e.g. <c>registration:12</c>) — an id, never a name or address.</summary>
    public string? Target { get; set; }
    public string Detail { get; set; } = "";
}
