using MimeKit;

namespace Events.Core.Email;

/// <summary>The I/O seam for outgoing mail. One message per recipient; a batch reuses one connection.</summary>
public interface IEmailSender
{
    /// <summary>Sends each message independently: one failure does not stop the others.</summary>
    Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken);
}

public enum SendOutcome
{
    Sent,

    /// <summary>Network trouble or a 4xx reply: worth retrying later.</summary>
    TransientFailure,

    /// <summary>A 5xx reply: retrying will not help.</summary>
    PermanentFailure,
}

public sealed record SendResult(MimeMessage Message, SendOutcome Outcome, string? Error = null)
{
    public bool IsSent => Outcome == SendOutcome.Sent;
}
