using Events.Core.Content;

namespace Events.Core.Polls;

/// <summary>
/// One poll's results as the report and the follow-up give them, its texts in one reader's language (the original
/// where not translated, <see cref="Language"/> saying which). Read from the counts the poll keeps, so they stand
/// after the answers are erased with the event's personal data.
/// </summary>
public sealed record PollFigures(int Id, string Question, string Language, PollKind Kind, PollStatus State, int Respondents,
    IReadOnlyList<PollChoiceFigures> Choices)
{
    public static PollFigures Of(Poll poll, ContentReader reader)
    {
        var question = reader.Text(poll.Translations, nameof(Poll.Question), poll.Question);
        return new PollFigures(poll.Id, question.Text, question.Language, poll.Kind, poll.Status, poll.Respondents,
            poll.ChoicesInOrder.Select(c =>
            {
                var text = poll.Kind == PollKind.Scale1To5 ? new LocalizedText(c.Text, reader.Language, false)
                    : reader.Text(c.Translations, nameof(PollChoice.Text), c.Text);
                return new PollChoiceFigures(c.Id, text.Text, text.Language, c.Count, Share(c.Count, poll.Respondents));
            }).ToList());
    }

    /// <summary>
    /// The event's polls in the organiser's order, each with its choices; with <paramref name="followUpOnly"/> those the
    /// follow-up carries: marked for it by the organiser and put to the audience (a draft has no results).
    /// </summary>
    public static async Task<List<Poll>> PollsAsync(EventsDbContext db, int eventId, bool followUpOnly, CancellationToken ct) =>
        PollEditor.Sorted(await db.Polls.AsNoTracking().Include(p => p.Choices)
            .Where(p => p.EventId == eventId && (!followUpOnly || (p.IncludeInFollowUp && p.Status != PollStatus.Draft))).ToListAsync(ct));

    // Of the people who answered, rounded to four places like the attendance rate; a multiple choice's shares add up past 1.
    private static decimal Share(int count, int respondents) => respondents == 0 ? 0m : Math.Round((decimal)count / respondents, 4);
}

/// <summary><see cref="Share"/>: the part of the poll's respondents who chose it, 0 to 1.</summary>
public sealed record PollChoiceFigures(int Id, string Text, string Language, int Count, decimal Share);
