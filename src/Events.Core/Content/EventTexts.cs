using Events.Core.Agenda;

namespace Events.Core.Content;

/// <summary>
/// Every text of an event an attendee reads, in one list: the completeness view, the translators' export and import,
/// and the completeness test all walk this, so a field added here is covered by all of them at once.
/// Needs the event loaded with its agenda (and people), speakers, channels, readings, questions and polls (with choices).
/// </summary>
public static class EventTexts
{
    public static IEnumerable<TextUnit> Units(Event evt)
    {
        var t = evt.Translations;
        yield return new("event/Title", "event", nameof(Event.Title), evt.Title, t, nameof(Event.Title));
        yield return new("event/Summary", "event", nameof(Event.Summary), evt.Summary, t, nameof(Event.Summary));
        yield return new("event/Rationale", "event", nameof(Event.Rationale), evt.Rationale, t, nameof(Event.Rationale));
        foreach (var unit in Lines("event", "event", nameof(Event.ExpectedOutcomes), evt.ExpectedOutcomes, t))
        {
            yield return unit;
        }
        foreach (var item in evt.AgendaItems.OrderBy(a => a.Position))
        {
            yield return Field("agenda", item.Id, nameof(AgendaItem.Title), item.Title, item.Translations);
            yield return Field("agenda", item.Id, nameof(AgendaItem.Description), item.Description, item.Translations);
            foreach (var person in item.People)
            {
                yield return Field("topic", person.Id, nameof(AgendaPerson.Topic), person.Topic, person.Translations);
            }
        }
        foreach (var speaker in evt.Speakers.OrderBy(s => s.Id))
        {
            yield return Field("speaker", speaker.Id, nameof(Speakers.Speaker.Title), speaker.Title, speaker.Translations);
            yield return Field("speaker", speaker.Id, nameof(Speakers.Speaker.Bio), speaker.Bio, speaker.Translations);
        }
        foreach (var channel in evt.Channels.OrderBy(c => c.Position))
        {
            yield return Field("channel", channel.Id, nameof(Interpretation.InterpretationChannel.Label), channel.Label, channel.Translations);
        }
        foreach (var reading in evt.Readings.OrderBy(r => r.Position))
        {
            yield return Field("reading", reading.Id, nameof(Readings.Reading.Note), reading.Note, reading.Translations);
        }
        foreach (var question in evt.Questions.OrderBy(q => q.Position))
        {
            yield return Field("question", question.Id, nameof(RegistrationQuestion.Label), question.Label, question.Translations);
            foreach (var unit in Lines($"question/{question.Id}", "question", nameof(RegistrationQuestion.Options), question.Options, question.Translations))
            {
                yield return unit;
            }
        }
        foreach (var unit in Polls.PollTexts.Units(evt.Polls))
        {
            yield return unit;
        }
    }

    /// <summary>The units that have an original text but no value in <paramref name="language"/>.</summary>
    public static IEnumerable<TextUnit> MissingIn(Event evt, string language) =>
        language == evt.OriginalLanguage ? [] : Units(evt).Where(u => u.IsMissingIn(language));

    internal static TextUnit Field(string part, int id, string field, string original, Translations translations) =>
        new($"{part}/{id.ToString(CultureInfo.InvariantCulture)}/{field}", part, field, original, translations, field);

    private static IEnumerable<TextUnit> Lines(string prefix, string part, string field, IReadOnlyList<string> originals, Translations translations) =>
        originals.Select((original, i) =>
        {
            var lineField = Translations.LineField(field, i);
            return new TextUnit($"{prefix}/{lineField}", part, field, original, translations, lineField);
        });
}
