using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Events.Core.Email;

/// <summary>The headers every outgoing message carries, whatever feature built it.</summary>
public static class MailHeaders
{
    public const string AutoSubmitted = "Auto-Submitted";
    public const string AutoResponseSuppress = "X-Auto-Response-Suppress";

    /// <summary>
    /// The same delivery key gives the same id, so a retry of a message that did arrive is recognised by the receiver as
    /// the same message; a fresh copy has a key (and so an id) of its own.
    /// </summary>
    public static string MessageId(string deliveryKey, string fromAddress)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)));
        return $"{hash}@{Domain(fromAddress)}";
    }

    /// <summary>The site's sender where the builder named none, the automatic-mail markers, and an id where there is none yet.</summary>
    public static void ApplySite(MimeMessage message, SmtpOptions options)
    {
        if (message.From.Count == 0)
        {
            message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        }
        // RFC 3834: no vacation replies or read receipts back to a mailbox nobody reads.
        message.Headers[AutoSubmitted] = "auto-generated";
        message.Headers[AutoResponseSuppress] = "All";
        message.MessageId ??= MimeKit.Utils.MimeUtils.GenerateMessageId(Domain(options.FromAddress));
    }

    /// <summary>Where a registrant's reply goes: the forum's address when it has one, else the event's organiser.</summary>
    public static MailboxAddress? ReplyTo(string organiserName, string organiserEmail, string? forumReplyTo) =>
        !string.IsNullOrWhiteSpace(forumReplyTo) && MailboxAddress.TryParse(forumReplyTo, out var forum) ? forum
        : !string.IsNullOrWhiteSpace(organiserEmail) ? new MailboxAddress(organiserName, organiserEmail)
        : null;

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
