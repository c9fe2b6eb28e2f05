using MimeKit;

namespace Events.Core.Email;

/// <summary>A calendar file to carry: <see cref="Method"/> is the iTIP method inside it (REQUEST, CANCEL).</summary>
public sealed record CalendarPart(string Ics, string Method);

public static class EmailMessage
{
    /// <summary>
    /// One message for one recipient: HTML with a plain-text alternative and, with a calendar, both an inline
    /// <c>text/calendar; method=…</c> part (so clients offer Accept) and an <c>invite.ics</c> attachment; then any text
    /// <paramref name="attachments"/>.
    /// </summary>
    public static MimeMessage Create(MailboxAddress to, string subject, string html, string text, CalendarPart? calendar = null,
        IReadOnlyList<EmailAttachment>? attachments = null)
    {
        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = text },
            new TextPart("html") { Text = html },
        };
        var message = new MimeMessage { Subject = subject };
        message.To.Add(to);
        if (calendar is null && (attachments is null || attachments.Count == 0))
        {
            message.Body = alternative;
            return message;
        }
        var mixed = new Multipart("mixed") { alternative };
        message.Body = mixed;
        foreach (var file in attachments ?? [])
        {
            var part = new TextPart(file.Subtype)
            {
                Text = file.Text,
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            };
            part.ContentType.Charset = "utf-8";
            mixed.Add(part);
        }
        if (calendar is null)
        {
            return message;
        }

        var inline = new TextPart("calendar") { Text = calendar.Ics };
        inline.ContentType.Parameters.Add("method", calendar.Method);
        inline.ContentType.Charset = "utf-8";
        alternative.Add(inline);

        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(calendar.Ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        mixed.Insert(1, attachment);
        return message;
    }
}
