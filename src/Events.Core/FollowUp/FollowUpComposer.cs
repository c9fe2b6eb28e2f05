using Events.Core.Content;
using Events.Core.Email.Templates;
using Events.Core.Polls;
using Events.Core.Retention;

namespace Events.Core.FollowUps;

/// <summary>Renders a follow-up for one recipient through the shared email template, with its plain-text twin.</summary>
public static class FollowUpComposer
{
    /// <summary>For previews: no site address (no event-page link) and the site's default retention unless the event sets its own.</summary>
    public static RenderedEmail Render(FollowUpContent content, string language, FollowUpVariant variant, string recipientName) =>
        Render(content, language, variant, recipientName, null, new RetentionOptions().DaysFor(content.Event));

    public static RenderedEmail Render(
        FollowUpContent content, string language, FollowUpVariant variant, string recipientName, string? baseUrl, int retentionDays)
    {
        var message = content.Draft.MessageFor(language) ?? throw new InvalidOperationException("A follow-up needs its English wording.");
        var labels = FollowUpTexts.For(message.Language);
        var words = TemplateTexts.For(message.Language);
        var (subject, body) = variant == FollowUpVariant.Attended
            ? (message.Subject, message.Message)
            : (message.AbsentSubject, message.AbsentMessage);
        // The organiser's words fall back as a whole message; the event's own texts follow the reader wherever translated.
        var reader = ContentReader.For(content.Event, language);
        var title = reader.Text(content.Event.Translations, nameof(Event.Title), content.Event.Title);
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new Phrase(p.Trim())).ToList();
        if (content.TranscriptFor(language) is not null)
        {
            paragraphs.Add(new Phrase(labels.Transcript));
        }
        var links = new[] { (labels.Recording, content.Draft.RecordingUrl), (labels.Survey, content.Draft.SurveyUrl) }
            .Where(l => l.Item2 is not null).Select(l => new EmailLink(l.Item1, l.Item2!)).ToList();
        var button = links.FirstOrDefault() ?? (baseUrl is null ? null : new EmailLink(words.SeeEvent, EventFacts.PublicUrl(baseUrl, content.Event)));
        var sections = new[]
        {
            Readings(labels.Readings, content, reader),
            Questions(labels.Answered, null, content.Answered),
            Questions(labels.Unanswered, string.IsNullOrEmpty(message.UnansweredNote) ? labels.UnansweredNote : message.UnansweredNote, content.Unanswered),
        }.Concat(content.Polls.Select(p => PollSection(labels, message.Language, PollFigures.Of(p, reader))));
        var ev = content.Event;
        var view = new EmailView
        {
            Language = message.Language,
            Subject = subject,
            Title = Phrase.From(title),
            Greeting = string.Format(CultureInfo.InvariantCulture, labels.Greeting, recipientName),
            Message = paragraphs,
            Button = button,
            Actions = links.Skip(1).ToList(),
            Sessions = [new EmailSession(EventFacts.When(ev, message.Language))],
            Sections = sections.OfType<EmailSection>().ToList(),
            Contact = ev.OrganiserEmail.Length > 0 ? new EmailContact(words.Contact, ev.OrganiserName, ev.OrganiserEmail) : null,
            Privacy = words.Format(words.Privacy, retentionDays),
            Footer = words.Format(words.RegistrantFooter, title.Text),
        };
        return EmailRenderer.Render(view);
    }

    private static EmailSection? Readings(string heading, FollowUpContent content, ContentReader reader) => content.Readings.Count == 0 ? null
        : new EmailSection(heading)
        {
            Ordered = true,
            Items = content.Readings.Select(reading =>
            {
                var note = reader.Text(reading.Translations, nameof(reading.Note), reading.Note);
                return new EmailItem(new Phrase(reading.Citation()))
                {
                    Link = reading.Link is { } url ? new EmailLink(url, url) : null,
                    Details = note.Text.Length == 0 ? [] : [Phrase.From(note)],
                };
            }).ToList(),
        };

    /// <summary>One poll as a table: each choice, how many chose it, and their share of the people who answered.</summary>
    private static EmailSection PollSection(FollowUpTexts labels, string language, PollFigures poll)
    {
        var culture = CultureInfo.GetCultureInfo(TemplateTexts.LanguageOf(language));
        Phrase In(string text, string lang) => new(text, lang == language ? null : lang);
        return new EmailSection(string.Format(culture, labels.Poll, poll.Question))
        {
            Note = string.Format(culture, labels.Respondents, poll.Respondents),
            Table = new EmailTable([new Phrase(labels.Choice), new Phrase(labels.Votes), new Phrase(labels.Share)],
                poll.Choices.Select(c => (IReadOnlyList<Phrase>)[In(c.Text, c.Language), new Phrase(c.Count.ToString(culture)),
                    new Phrase((c.Share * 100).ToString("0.#", culture) + (language == "en" ? "%" : "\u00A0%"))]).ToList()),
        };
    }

    private static EmailSection? Questions(string heading, string? note, IReadOnlyList<Live.Question> questions) => questions.Count == 0 ? null
        : new EmailSection(heading)
        {
            Note = note,
            // Only the name the asker agreed to show the audience; anonymous questions carry none.
            Items = questions.Select(q => new EmailItem(new Phrase(q.PublicName is { } name ? $"{q.Text} — {name}" : q.Text))).ToList(),
        };
}
