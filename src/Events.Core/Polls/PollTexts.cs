namespace Events.Core.Polls;

/// <summary>A poll's texts for <see cref="EventTexts"/>: the question, and each choice (a scale's numbers have nothing to translate).</summary>
public static class PollTexts
{
    public static IEnumerable<TextUnit> Units(IEnumerable<Poll> polls)
    {
        foreach (var poll in polls.OrderBy(p => p.Position).ThenBy(p => p.Id))
        {
            yield return EventTexts.Field("poll", poll.Id, nameof(Poll.Question), poll.Question, poll.Translations);
            if (poll.Kind == PollKind.Scale1To5)
            {
                continue;
            }
            foreach (var choice in poll.ChoicesInOrder)
            {
                yield return EventTexts.Field("pollchoice", choice.Id, nameof(PollChoice.Text), choice.Text, choice.Translations);
            }
        }
    }
}
