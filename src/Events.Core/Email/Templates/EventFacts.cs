namespace Events.Core.Email.Templates;

/// <summary>The facts every message about an event states the same way: its time in its zone and in UTC, the channel, the agenda.</summary>
public static class EventFacts
{
    public static string PublicUrl(string baseUrl, Event ev) => $"{baseUrl.TrimEnd('/')}/events/{Uri.EscapeDataString(ev.Slug)}";

    public static IReadOnlyList<EmailFact> When(Event ev, string language)
    {
        var words = TemplateTexts.For(language);
        var culture = CultureInfo.GetCultureInfo(TemplateTexts.LanguageOf(language));
        var start = EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone);
        var end = EventTime.ToLocal(ev.EndsAtUtc, ev.TimeZone);
        var local = $"{start.ToString("D", culture)}, {start.ToString("t", culture)}–{end.ToString("t", culture)} ({ev.TimeZoneId})";
        var utc = $"{ev.StartsAtUtc.ToString("D", culture)}, {ev.StartsAtUtc.ToString("t", culture)}–{ev.EndsAtUtc.ToString("t", culture)} UTC";
        return [new EmailFact(words.When, new Phrase(local)), new EmailFact(words.Utc, new Phrase(utc))];
    }

    /// <summary>The reader's channel when they chose one, the original sound when the event offers channels they did not choose.</summary>
    public static EmailFact? Channel(IReadOnlyList<Interpretation.InterpretationChannel> channels, int? channelId, ContentReader reader)
    {
        var words = TemplateTexts.For(reader.Language);
        if (channels.Count == 0)
        {
            return null;
        }
        return channels.SingleOrDefault(c => c.Id == channelId) is { } channel
            ? new EmailFact(words.Channel, Phrase.From(reader.Text(channel.Translations, nameof(channel.Label), channel.Label)))
            : new EmailFact(words.Channel, new Phrase(words.NoChannel));
    }

    /// <summary>The agenda as a table: time in the event's zone, in UTC, and the item's title in the reader's language.</summary>
    public static EmailSection? Agenda(Event ev, IEnumerable<Agenda.AgendaItem> agenda, ContentReader reader)
    {
        var items = agenda.OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Position).ToList();
        if (items.Count == 0)
        {
            return null;
        }
        var words = TemplateTexts.For(reader.Language);
        var rows = items.Select(item => (IReadOnlyList<Phrase>)
        [
            new($"{EventTime.ToLocal(item.StartsAtUtc, ev.TimeZone):HH:mm}–{EventTime.ToLocal(item.EndsAtUtc, ev.TimeZone):HH:mm}"),
            new($"{item.StartsAtUtc:HH:mm}–{item.EndsAtUtc:HH:mm}"),
            Phrase.From(reader.Text(item.Translations, nameof(item.Title), item.Title)),
        ]).ToList();
        return new EmailSection(words.Agenda)
        {
            Table = new EmailTable([new($"{words.Time} ({ev.TimeZoneId})"), new("UTC"), new(words.Item)], rows),
        };
    }
}
