using MimeKit;

namespace Events.Core.Email;

/// <summary>An email to send once under <see cref="Key"/>; <see cref="Build"/> runs only if it is still to be sent.</summary>
public sealed record PendingEmail(string Key, EmailKind Kind, int? EventId, string Recipient, Func<MimeMessage> Build);

public enum DeliveryOutcome
{
    Sent,

    /// <summary>Sent earlier under the same key: nothing done.</summary>
    AlreadySent,

    /// <summary>Refused for good earlier: not retried until an organiser resends.</summary>
    AlreadyFailed,

    /// <summary>Another worker holds the key right now.</summary>
    Busy,

    /// <summary>Left queued: the caller should retry later.</summary>
    TransientFailure,
    PermanentFailure,
}

public sealed record DeliveryResult(string Key, DeliveryOutcome Outcome, string? Error = null);
