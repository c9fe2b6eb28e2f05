namespace Events.Core.Email;

public enum EmailDeliveryStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// The record that makes a send happen once: one row per <see cref="Key"/>, claimed before sending and marked
/// sent after. A worker that dies between the two leaves a lease that expires, so the email is retried, not lost.
/// </summary>
public sealed class EmailDelivery
{
    public int Id { get; set; }

    /// <summary>Unique, e.g. <c>registration:{id}:{kind}:{sequence}</c>; see <see cref="DeliveryKey"/>.</summary>
    public required string Key { get; set; }
    public int? EventId { get; set; }
    public required string Recipient { get; set; }
    public EmailKind Kind { get; set; }
    public EmailDeliveryStatus Status { get; set; } = EmailDeliveryStatus.Queued;

    /// <summary>The server's reply to the last failed attempt, shown to the organiser.</summary>
    public string? Error { get; set; }
    public int Attempts { get; set; }

    /// <summary>While set and in the future, one worker is sending this email and the others keep off.</summary>
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}
