using System.Text;
using Events.Core.Content;
using static Events.Core.FollowUps.Html;

namespace Events.Core.FollowUps;

/// <summary>Renders a follow-up for one recipient: every value HTML-encoded, with a plain-text twin.</summary>
public static class FollowUpComposer
{
    public static RenderedEmail Render(FollowUpContent content, string language, FollowUpVariant variant, string recipientName)
    {
        var message = content.Draft.MessageFor(language) ?? throw new InvalidOperationException("A follow-up needs its English wording.");
        var labels = FollowUpTexts.For(message.Language);
        var (subject, body) = variant == FollowUpVariant.Attended
            ? (message.Subject, message.Message)
            : (message.AbsentSubject, message.AbsentMessage);
        var html = new StringBuilder();
        var text = new StringBuilder();
        var greeting = string.Format(CultureInfo.InvariantCulture, labels.Greeting, recipientName);
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(greeting)}</p>\n");
        text.Append(greeting).Append("\n\n");
        foreach (var paragraph in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(Encode(paragraph.Trim()).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
            text.Append(paragraph.Trim()).Append("\n\n");
        }
        Link(html, text, labels.Recording, content.Draft.RecordingUrl);
        Link(html, text, labels.Survey, content.Draft.SurveyUrl);
        // The organiser's words fall back as a whole message; the event's own texts follow the reader wherever translated.
        Readings(html, text, labels.Readings, content, ContentReader.For(content.Event, language));
        Questions(html, text, labels.Answered, null, content.Answered);
        Questions(html, text, labels.Unanswered, string.IsNullOrEmpty(message.UnansweredNote) ? labels.UnansweredNote : message.UnansweredNote,
            content.Unanswered);
        return new RenderedEmail(subject, html.ToString(), text.ToString().TrimEnd() + "\n");
    }

    private static void Link(StringBuilder html, StringBuilder text, string label, string? url)
    {
        if (url is null)
        {
            return;
        }
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(url)}\">{Encode(label)}</a></p>\n");
        text.Append(CultureInfo.InvariantCulture, $"{label}: {url}\n\n");
    }

    private static void Readings(StringBuilder html, StringBuilder text, string heading, FollowUpContent content, ContentReader reader)
    {
        if (content.Readings.Count == 0)
        {
            return;
        }
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(heading)}</h2>\n<ol>\n");
        text.Append(heading).Append('\n');
        var number = 1;
        foreach (var reading in content.Readings)
        {
            var citation = reading.Citation();
            var link = reading.Link is { } url ? $" <a href=\"{Encode(url)}\">{Encode(url)}</a>" : "";
            var note = reader.Text(reading.Translations, nameof(reading.Note), reading.Note);
            var noteHtml = note.Text.Length == 0 ? "" : $"<br><span{(note.IsFallback ? $" lang=\"{Encode(note.Language)}\"" : "")}>{Encode(note.Text)}</span>";
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(citation)}{link}{noteHtml}</li>\n");
            text.Append(CultureInfo.InvariantCulture, $"{number++}. {citation}{(reading.Link is null ? "" : " " + reading.Link)}\n");
            if (note.Text.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"   {note.Text}\n");
            }
        }
        html.Append("</ol>\n");
        text.Append('\n');
    }

    private static void Questions(StringBuilder html, StringBuilder text, string heading, string? note, IReadOnlyList<Live.Question> questions)
    {
        if (questions.Count == 0)
        {
            return;
        }
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(heading)}</h2>\n");
        text.Append(heading).Append('\n');
        if (note is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(note)}</p>\n");
            text.Append(note).Append('\n');
        }
        html.Append("<ul>\n");
        foreach (var question in questions)
        {
            // Only the name the asker agreed to show the audience; anonymous questions carry none.
            var by = question.PublicName is { } name ? $" — {name}" : "";
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(question.Text)}{Encode(by)}</li>\n");
            text.Append(CultureInfo.InvariantCulture, $"- {question.Text}{by}\n");
        }
        html.Append("</ul>\n");
        text.Append('\n');
    }
}
