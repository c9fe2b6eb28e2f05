namespace Events.Core.Polls;

/// <summary>
/// Polls during the event: moderators open and close them and choose whether attendees see the results; participants
/// answer once each (by key), changing their answer while the poll is open. Every change is saved before anyone hears of it.
/// </summary>
public sealed class PollVoting(EventsDbContext db, TimeProvider clock)
{
    /// <summary>Opens the poll (again, if it was closed) and closes any other open poll of the event: one at a time on screen. The polls changed; empty when not found.</summary>
    public async Task<IReadOnlyList<Poll>> OpenAsync(int eventId, int pollId, CancellationToken ct)
    {
        var polls = await db.Polls.Include(p => p.Choices).Where(p => p.EventId == eventId && (p.Id == pollId || p.Status == PollStatus.Open)).ToListAsync(ct);
        var poll = polls.SingleOrDefault(p => p.Id == pollId);
        if (poll is null)
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var other in polls.Where(p => p != poll))
        {
            other.Status = PollStatus.Closed;
            other.ClosedAtUtc = now;
        }
        poll.Status = PollStatus.Open;
        poll.OpenedAtUtc ??= now;
        poll.ClosedAtUtc = null;
        await db.SaveChangesAsync(ct);
        return PollEditor.Sorted(polls);
    }

    /// <summary>Null when the event has no such poll.</summary>
    public Task<Poll?> CloseAsync(int eventId, int pollId, CancellationToken ct) => ChangeAsync(eventId, pollId, poll =>
    {
        if (poll.Status == PollStatus.Open)
        {
            poll.Status = PollStatus.Closed;
            poll.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
    }, ct);

    public Task<Poll?> SetResultsVisibleAsync(int eventId, int pollId, bool visible, CancellationToken ct) =>
        ChangeAsync(eventId, pollId, poll => poll.ShowResultsToAttendees = visible, ct);

    private async Task<Poll?> ChangeAsync(int eventId, int pollId, Action<Poll> change, CancellationToken ct)
    {
        var poll = await db.Polls.Include(p => p.Choices).SingleOrDefaultAsync(p => p.Id == pollId && p.EventId == eventId, ct);
        if (poll is null)
        {
            return null;
        }
        change(poll);
        await db.SaveChangesAsync(ct);
        return PollEditor.Sorted([poll])[0];
    }

    /// <summary>
    /// Records or replaces the participant's answer. Null when accepted. Concurrent answers stay one row per person: the
    /// unique (poll, key) index turns a lost insert race into an update, and counts are recounted from the rows, never incremented.
    /// </summary>
    public async Task<PollAnswerError?> AnswerAsync(int eventId, string participantKey, int pollId, IReadOnlyCollection<int> choiceIds, CancellationToken ct)
    {
        var poll = await db.Polls.AsNoTracking().Where(p => p.Id == pollId && p.EventId == eventId && p.Status == PollStatus.Open)
            .Select(p => new { p.Kind, Choices = p.Choices.Select(c => c.Id).ToList() }).SingleOrDefaultAsync(ct);
        if (poll is null)
        {
            return PollAnswerError.Closed;
        }
        var chosen = choiceIds.Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(id => !poll.Choices.Contains(id)) || (poll.Kind != PollKind.MultipleChoice && chosen.Count != 1))
        {
            return PollAnswerError.Invalid;
        }
        var encoded = PollAnswer.Encode(chosen);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await UpdateAnswerAsync(pollId, participantKey, encoded, now, ct))
        {
            db.PollAnswers.Add(new PollAnswer { PollId = pollId, ParticipantKey = participantKey, ChoiceIds = encoded, AnsweredAtUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same person's other tab inserted first: theirs is the row, this answer replaces its choices.
                db.ChangeTracker.Clear();
                await UpdateAnswerAsync(pollId, participantKey, encoded, now, ct);
            }
        }
        await RecountAsync(pollId, ct);
        return null;
    }

    private async Task<bool> UpdateAnswerAsync(int pollId, string key, string encoded, DateTime now, CancellationToken ct) =>
        await db.PollAnswers.Where(a => a.PollId == pollId && a.ParticipantKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ChoiceIds, encoded).SetProperty(a => a.AnsweredAtUtc, now), ct) > 0;

    /// <summary>Counts from the rows, then a new version with the respondents in the same UPDATE.</summary>
    private async Task RecountAsync(int pollId, CancellationToken ct)
    {
        await db.PollChoices.Where(c => c.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count,
            c => db.PollAnswers.Count(a => a.PollId == c.PollId && a.ChoiceIds.Contains("," + c.Id.ToString() + ","))), ct);
        await db.Polls.Where(p => p.Id == pollId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Respondents, p => db.PollAnswers.Count(a => a.PollId == p.Id))
            .SetProperty(p => p.ResultsVersion, p => p.ResultsVersion + 1), ct);
    }

    /// <summary>The current results of these polls of the event, read in one query so counts and version agree.</summary>
    public async Task<IReadOnlyList<PollResults>> ResultsAsync(int eventId, IReadOnlyCollection<int> pollIds, CancellationToken ct)
    {
        var rows = await db.Polls.AsNoTracking().Where(p => p.EventId == eventId && pollIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ResultsVersion, p.Respondents, Choices = p.Choices.OrderBy(c => c.Position).Select(c => new { c.Id, c.Count }).ToList() })
            .ToListAsync(ct);
        return rows.Select(p => new PollResults(p.Id, p.ResultsVersion, p.Respondents, p.Choices.Select(c => new PollChoiceCount(c.Id, c.Count)).ToList())).ToList();
    }

    /// <summary>The participant's own answers to the event's polls, poll id → choice ids.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<int>>> MineAsync(int eventId, string participantKey, CancellationToken ct)
    {
        var answers = await db.PollAnswers.AsNoTracking()
            .Where(a => a.ParticipantKey == participantKey && db.Polls.Any(p => p.Id == a.PollId && p.EventId == eventId)).ToListAsync(ct);
        return answers.ToDictionary(a => a.PollId, a => a.Decode());
    }

    /// <summary>
    /// The participant's own answers to these polls (a joiner's to the open ones): one point read on the unique
    /// (poll, key) index each, whatever the size of the audience.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<int>>> MineAsync(IReadOnlyCollection<int> pollIds, string participantKey, CancellationToken ct)
    {
        var answers = await db.PollAnswers.AsNoTracking().Where(a => pollIds.Contains(a.PollId) && a.ParticipantKey == participantKey).ToListAsync(ct);
        return answers.ToDictionary(a => a.PollId, a => a.Decode());
    }
}
