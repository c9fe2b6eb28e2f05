namespace Events.Core.Content;

/// <summary>
/// Where a text unit belongs, for a person looking for it: the part of the event, the thing's name as the organiser
/// wrote it (an agenda item's title, a speaker's name) and the id of the record whose form edits it (the agenda item
/// for a panellist's topic; null for the event itself).
/// </summary>
public sealed record TextPlace(string Part, string Name, int? RecordId)
{
    /// <summary>Every place of one event, keyed by a unit key's prefix (<c>agenda/12</c>, <c>event</c>).</summary>
    public static IReadOnlyDictionary<string, TextPlace> For(Event evt)
    {
        var places = new Dictionary<string, TextPlace>(StringComparer.Ordinal) { ["event"] = new("event", evt.Title, null) };
        foreach (var item in evt.AgendaItems)
        {
            places[Prefix("agenda", item.Id)] = new("agenda", item.Title, item.Id);
            foreach (var person in item.People)
            {
                var name = person.Speaker is { } speaker ? $"{item.Title} — {speaker.Name}" : item.Title;
                places[Prefix("topic", person.Id)] = new("topic", name, item.Id);
            }
        }
        foreach (var speaker in evt.Speakers)
        {
            places[Prefix("speaker", speaker.Id)] = new("speaker", speaker.Name, speaker.Id);
        }
        foreach (var channel in evt.Channels)
        {
            places[Prefix("channel", channel.Id)] = new("channel", channel.Label, channel.Id);
        }
        foreach (var reading in evt.Readings)
        {
            places[Prefix("reading", reading.Id)] = new("reading", reading.Title, reading.Id);
        }
        foreach (var question in evt.Questions)
        {
            places[Prefix("question", question.Id)] = new("question", question.Label, question.Id);
        }
        foreach (var poll in evt.Polls)
        {
            places[Prefix("poll", poll.Id)] = new("poll", poll.Question, poll.Id);
            poll.Choices.ForEach(c => places[Prefix("pollchoice", c.Id)] = new("poll", poll.Question, poll.Id));
        }
        return places;
    }

    /// <summary>The place of one unit: its key up to the last slash.</summary>
    public static TextPlace Of(IReadOnlyDictionary<string, TextPlace> places, TextUnit unit) =>
        places.TryGetValue(unit.Key[..Math.Max(0, unit.Key.LastIndexOf('/'))], out var place) ? place : new(unit.Part, "", null);

    private static string Prefix(string part, int id) => $"{part}/{id.ToString(CultureInfo.InvariantCulture)}";
}
