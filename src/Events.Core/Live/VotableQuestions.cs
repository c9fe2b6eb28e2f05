using System.Collections.Concurrent;

namespace Events.Core.Live;

/// <summary>
/// The questions this process has seen open to votes, so that a vote in a storm is queued without a read. Only
/// "open" is remembered: a question approved on another instance must not stay shut here. The moderation use cases
/// forget a question when they change it; one changed on another instance may linger as open, and then its vote is
/// refused by <see cref="VoteWriter"/>, which checks again inside its transaction.
/// </summary>
public sealed class VotableQuestions
{
    // Question ids of a few events at a time; past this the map starts again rather than grow without end.
    private const int MostRemembered = 20_000;

    private readonly ConcurrentDictionary<int, int> _eventOf = new();

    public async ValueTask<bool> IsOpenAsync(EventsDbContext db, int eventId, int questionId, CancellationToken ct)
    {
        if (_eventOf.TryGetValue(questionId, out var known))
        {
            return known == eventId;
        }
        var open = await db.Questions.AnyAsync(q => q.Id == questionId && q.EventId == eventId && q.Kind == PostKind.Question
            && (q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering), ct);
        if (open)
        {
            if (_eventOf.Count >= MostRemembered)
            {
                _eventOf.Clear();
            }
            _eventOf[questionId] = eventId;
        }
        return open;
    }

    /// <summary>Called after a question's state changed: the next vote on it reads the state again.</summary>
    public void Forget(IEnumerable<int> questionIds)
    {
        foreach (var id in questionIds)
        {
            _eventOf.TryRemove(id, out _);
        }
    }
}
