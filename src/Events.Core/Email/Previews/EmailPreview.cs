using MimeKit;

namespace Events.Core.Email.Previews;

/// <summary>One message as it would be sent, and its parts as the preview shows them.</summary>
public sealed record EmailPreview(PreviewKind Kind, string Language, MimeMessage Message)
{
    public string Subject => Message.Subject ?? "";
    public string From => Message.From.ToString();
    public string ReplyTo => Message.ReplyTo.ToString();
    public string To => Message.To.ToString();
    public string Html => Part("html") ?? "";
    public string Text => Part("plain") ?? "";

    /// <summary>The iCalendar text carried, if any.</summary>
    public string? Calendar => Part("calendar");

    private string? Part(string subtype) =>
        Message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.ContentType.IsMimeType("text", subtype))?.Text;
}
