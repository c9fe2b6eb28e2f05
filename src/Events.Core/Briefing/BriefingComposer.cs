using Events.Core.Content;
using Events.Core.Email.Templates;
using Events.Core.FollowUps;

namespace Events.Core.Briefing;

/// <summary>Renders one interpreter's briefing pack in their target language through the shared email template.</summary>
public static class BriefingComposer
{
    /// <summary>For previews: without the site's address there is no event-page button or calendar links.</summary>
    public static RenderedEmail Render(BriefingContent content, Interpreter interpreter) => Render(content, interpreter, null);

    public static RenderedEmail Render(BriefingContent content, Interpreter interpreter, string? baseUrl)
    {
        var ev = content.Event;
        var language = interpreter.TargetLanguage;
        var labels = BriefingTexts.For(language);
        var words = TemplateTexts.For(language);
        var reader = ContentReader.For(ev, language);
        var title = Title(content, interpreter);
        var publicUrl = baseUrl is null ? null : EventFacts.PublicUrl(baseUrl, ev);
        var facts = EventFacts.When(ev, language).ToList();
        if (interpreter.ChannelId is { } channelId && ev.Channels.SingleOrDefault(c => c.Id == channelId) is { } channel)
        {
            facts.Add(new EmailFact(labels.Channel, Phrase.From(reader.Text(channel.Translations, nameof(channel.Label), channel.Label))));
        }
        var sections = new[] { EventFacts.Agenda(ev, ev.AgendaItems, reader), Speakers(labels, ev, reader), Readings(labels, ev, reader), Glossary(labels, content, interpreter) };
        var view = new EmailView
        {
            Language = TemplateTexts.LanguageOf(language),
            Subject = string.Format(CultureInfo.GetCultureInfo(TemplateTexts.LanguageOf(language)), labels.Subject, title.Text),
            Title = Phrase.From(title),
            Greeting = string.Format(CultureInfo.InvariantCulture, labels.Greeting, interpreter.Name),
            Message = [new(labels.Intro)],
            Sessions =
            [
                new EmailSession(facts)
                {
                    CalendarLabel = words.AddToCalendar,
                    Calendar = publicUrl is null ? [] : CalendarLinks.For(ev, title.Text, publicUrl, words),
                },
            ],
            Button = publicUrl is null ? null : new EmailLink(words.EventPage, publicUrl),
            Sections = sections.OfType<EmailSection>().ToList(),
            CalendarNote = labels.CalendarAttached,
            Contact = ev.OrganiserEmail.Length > 0 ? new EmailContact(words.Contact, ev.OrganiserName, ev.OrganiserEmail) : null,
            Footer = words.Format(words.InterpreterFooter, title.Text),
        };
        return EmailRenderer.Render(view);
    }

    /// <summary>The event's title in the interpreter's target language (the original where it has no translation).</summary>
    public static LocalizedText Title(BriefingContent content, Interpreter interpreter) =>
        ContentReader.For(content.Event, interpreter.TargetLanguage).Text(content.Event.Translations, nameof(Event.Title), content.Event.Title);

    private static EmailSection? Speakers(BriefingTexts labels, Event ev, ContentReader reader) => ev.Speakers.Count == 0 ? null
        : new EmailSection(labels.Speakers)
        {
            Items = ev.Speakers.OrderBy(s => s.Name, StringComparer.Ordinal).Select(speaker =>
            {
                var speakerTitle = reader.Text(speaker.Translations, nameof(speaker.Title), speaker.Title);
                var bio = reader.Text(speaker.Translations, nameof(speaker.Bio), speaker.Bio);
                var role = string.Join(", ", new[] { speakerTitle.Text, speaker.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
                var topics = ev.AgendaItems.SelectMany(a => a.People).Where(p => p.SpeakerId == speaker.Id && !string.IsNullOrWhiteSpace(p.Topic))
                    .Select(p => reader.Text(p.Translations, nameof(p.Topic), p.Topic).Text).Distinct().ToList();
                var details = new List<Phrase>();
                if (topics.Count > 0)
                {
                    details.Add(new($"{labels.Topics}{(reader.Language == "fr" ? "\u00A0:" : ":")} {string.Join("; ", topics)}"));
                }
                if (!string.IsNullOrWhiteSpace(bio.Text))
                {
                    details.Add(Phrase.From(bio));
                }
                return new EmailItem(new Phrase(role.Length > 0 ? $"{speaker.Name} ({role})" : speaker.Name)) { Details = details };
            }).ToList(),
        };

    private static EmailSection? Readings(BriefingTexts labels, Event ev, ContentReader reader) => ev.Readings.Count == 0 ? null
        : new EmailSection(labels.Readings)
        {
            Ordered = true,
            Items = ev.Readings.OrderBy(r => r.Position).Select(reading =>
            {
                var note = reader.Text(reading.Translations, nameof(reading.Note), reading.Note);
                return new EmailItem(new Phrase(reading.Citation()))
                {
                    Link = reading.Link is { } url ? new EmailLink(url, url) : null,
                    Details = note.Text.Length == 0 ? [] : [Phrase.From(note)],
                };
            }).ToList(),
        };

    private static EmailSection? Glossary(BriefingTexts labels, BriefingContent content, Interpreter interpreter)
    {
        var terms = content.Glossary
            .Where(t => t.In(interpreter.SourceLanguage).Length > 0 || t.In(interpreter.TargetLanguage).Length > 0).ToList();
        if (terms.Count == 0)
        {
            return null;
        }
        var from = BriefingTexts.For(interpreter.SourceLanguage).LanguageName;
        var to = BriefingTexts.For(interpreter.TargetLanguage).LanguageName;
        var rows = terms.Select(term => (IReadOnlyList<Phrase>)
            [new(term.In(interpreter.SourceLanguage), interpreter.SourceLanguage), new(term.In(interpreter.TargetLanguage)), new(term.Note)]).ToList();
        return new EmailSection($"{labels.Glossary} ({from} → {to})")
        {
            Table = new EmailTable([new(from, interpreter.SourceLanguage), new(to, interpreter.TargetLanguage), new(labels.Note)], rows),
        };
    }
}
