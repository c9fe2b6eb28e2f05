using System.Text;
using Events.Core.Content;
using Events.Core.FollowUps;
using static Events.Core.FollowUps.Html;

namespace Events.Core.Briefing;

/// <summary>Renders one interpreter's briefing pack in their target language: every value HTML-encoded, with a plain-text twin.</summary>
public static class BriefingComposer
{
    public static RenderedEmail Render(BriefingContent content, Interpreter interpreter)
    {
        var ev = content.Event;
        var labels = BriefingTexts.For(interpreter.TargetLanguage);
        var culture = CultureInfo.GetCultureInfo(interpreter.TargetLanguage);
        var reader = ContentReader.For(ev, interpreter.TargetLanguage);
        var title = Title(content, interpreter).Text;
        var html = new StringBuilder();
        var text = new StringBuilder();
        var greeting = string.Format(CultureInfo.InvariantCulture, labels.Greeting, interpreter.Name);
        var start = EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone);
        var when = $"{start.ToString("D", culture)} ({ev.TimeZoneId})";
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(greeting)}</p>\n<p>{Encode(labels.Intro)}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(title)}</h1>\n<p>{Encode(when)}</p>\n");
        text.Append(CultureInfo.InvariantCulture, $"{greeting}\n\n{labels.Intro}\n\n{title}\n{when}\n\n");
        if (interpreter.ChannelId is { } channelId && ev.Channels.SingleOrDefault(c => c.Id == channelId) is { } channel)
        {
            var label = reader.Text(channel.Translations, nameof(channel.Label), channel.Label).Text;
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(labels.Channel)}: {Encode(label)}</p>\n");
            text.Append(CultureInfo.InvariantCulture, $"{labels.Channel}: {label}\n\n");
        }
        Agenda(html, text, labels, ev, reader);
        Speakers(html, text, labels, ev, reader);
        Readings(html, text, labels, ev, reader);
        Glossary(html, text, labels, content, interpreter);
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(labels.CalendarAttached)}</p>\n");
        text.Append(labels.CalendarAttached).Append('\n');
        return new RenderedEmail(string.Format(culture, labels.Subject, title), html.ToString(), text.ToString());
    }

    /// <summary>The event's title in the interpreter's target language (the original where it has no translation).</summary>
    public static LocalizedText Title(BriefingContent content, Interpreter interpreter) =>
        ContentReader.For(content.Event, interpreter.TargetLanguage).Text(content.Event.Translations, nameof(Event.Title), content.Event.Title);

    private static void Agenda(StringBuilder html, StringBuilder text, BriefingTexts labels, Event ev, ContentReader reader)
    {
        var items = ev.AgendaItems.OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Position).ToList();
        if (items.Count == 0)
        {
            return;
        }
        html.Append(CultureInfo.InvariantCulture,
            $"<h2>{Encode(labels.Agenda)}</h2>\n<table>\n<tr><th>{Encode(labels.Time)} ({Encode(ev.TimeZoneId)})</th><th>UTC</th><th>{Encode(labels.Item)}</th></tr>\n");
        text.Append(labels.Agenda).Append('\n');
        foreach (var item in items)
        {
            var local = $"{EventTime.ToLocal(item.StartsAtUtc, ev.TimeZone):HH:mm}–{EventTime.ToLocal(item.EndsAtUtc, ev.TimeZone):HH:mm}";
            var utc = $"{item.StartsAtUtc:HH:mm}–{item.EndsAtUtc:HH:mm}";
            var itemTitle = reader.Text(item.Translations, nameof(item.Title), item.Title).Text;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{local}</td><td>{utc}</td><td>{Encode(itemTitle)}</td></tr>\n");
            text.Append(CultureInfo.InvariantCulture, $"{local} ({utc} UTC)  {itemTitle}\n");
        }
        html.Append("</table>\n");
        text.Append('\n');
    }

    /// <summary>A section's heading in both parts; false (and nothing written) when the section has nothing to list.</summary>
    private static bool Heading(StringBuilder html, StringBuilder text, string title, int count)
    {
        if (count == 0)
        {
            return false;
        }
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(title)}</h2>\n");
        text.Append(title).Append('\n');
        return true;
    }

    private static void Speakers(StringBuilder html, StringBuilder text, BriefingTexts labels, Event ev, ContentReader reader)
    {
        if (!Heading(html, text, labels.Speakers, ev.Speakers.Count))
        {
            return;
        }
        foreach (var speaker in ev.Speakers.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var speakerTitle = reader.Text(speaker.Translations, nameof(speaker.Title), speaker.Title).Text;
            var bio = reader.Text(speaker.Translations, nameof(speaker.Bio), speaker.Bio).Text;
            var role = string.Join(", ", new[] { speakerTitle, speaker.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var topics = ev.AgendaItems.SelectMany(a => a.People).Where(p => p.SpeakerId == speaker.Id && !string.IsNullOrWhiteSpace(p.Topic))
                .Select(p => reader.Text(p.Translations, nameof(p.Topic), p.Topic).Text).Distinct().ToList();
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(speaker.Name)}</h3>\n");
            text.Append(CultureInfo.InvariantCulture, $"- {speaker.Name}");
            if (role.Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(role)}</p>\n");
                text.Append(CultureInfo.InvariantCulture, $" ({role})");
            }
            text.Append('\n');
            if (topics.Count > 0)
            {
                var joined = string.Join("; ", topics);
                html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(labels.Topics)}: {Encode(joined)}</p>\n");
                text.Append(CultureInfo.InvariantCulture, $"  {labels.Topics}: {joined}\n");
            }
            if (!string.IsNullOrWhiteSpace(bio))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(bio)}</p>\n");
                text.Append(CultureInfo.InvariantCulture, $"  {bio}\n");
            }
        }
        text.Append('\n');
    }

    private static void Readings(StringBuilder html, StringBuilder text, BriefingTexts labels, Event ev, ContentReader reader)
    {
        if (!Heading(html, text, labels.Readings, ev.Readings.Count))
        {
            return;
        }
        html.Append("<ol>\n");
        var number = 1;
        foreach (var reading in ev.Readings.OrderBy(r => r.Position))
        {
            var link = reading.Link is { } url ? $" <a href=\"{Encode(url)}\">{Encode(url)}</a>" : "";
            var note = reader.Text(reading.Translations, nameof(reading.Note), reading.Note).Text;
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(reading.Citation())}{link}{(note.Length == 0 ? "" : "<br>" + Encode(note))}</li>\n");
            text.Append(CultureInfo.InvariantCulture, $"{number++}. {reading.Citation()}{(reading.Link is null ? "" : " " + reading.Link)}\n");
            if (note.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"   {note}\n");
            }
        }
        html.Append("</ol>\n");
        text.Append('\n');
    }

    private static void Glossary(StringBuilder html, StringBuilder text, BriefingTexts labels, BriefingContent content, Interpreter interpreter)
    {
        var terms = content.Glossary
            .Where(t => t.In(interpreter.SourceLanguage).Length > 0 || t.In(interpreter.TargetLanguage).Length > 0).ToList();
        if (terms.Count == 0)
        {
            return;
        }
        var from = BriefingTexts.For(interpreter.SourceLanguage).LanguageName;
        var to = BriefingTexts.For(interpreter.TargetLanguage).LanguageName;
        html.Append(CultureInfo.InvariantCulture,
            $"<h2>{Encode(labels.Glossary)}</h2>\n<table>\n<tr><th lang=\"{interpreter.SourceLanguage}\">{Encode(from)}</th><th lang=\"{interpreter.TargetLanguage}\">{Encode(to)}</th><th>{Encode(labels.Note)}</th></tr>\n");
        text.Append(CultureInfo.InvariantCulture, $"{labels.Glossary} ({from} → {to})\n");
        foreach (var term in terms)
        {
            var source = term.In(interpreter.SourceLanguage);
            var target = term.In(interpreter.TargetLanguage);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(source)}</td><td>{Encode(target)}</td><td>{Encode(term.Note)}</td></tr>\n");
            text.Append(CultureInfo.InvariantCulture, $"{source} → {target}{(term.Note.Length > 0 ? " (" + term.Note + ")" : "")}\n");
        }
        html.Append("</table>\n");
        text.Append('\n');
    }
}
