using Events.Core.Live;
using Events.Core.Readings;

namespace Events.Core.FollowUps;

/// <summary>Everything a follow-up says besides the greeting: loaded once, rendered per recipient.</summary>
public sealed record FollowUpContent(
    Event Event, FollowUpDraft Draft, IReadOnlyList<Reading> Readings, IReadOnlyList<Question> Answered, IReadOnlyList<Question> Unanswered)
{
    public static async Task<FollowUpContent?> LoadAsync(EventsDbContext db, int eventId, CancellationToken ct)
    {
        var draft = await db.FollowUps.AsNoTracking().Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == eventId, ct);
        if (draft is null)
        {
            return null;
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        var readings = await db.Readings.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync(ct);
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == eventId && q.Kind == PostKind.Question && (q.Status == QuestionStatus.Answered || q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering))
            .OrderByDescending(q => q.Votes).ThenBy(q => q.Id).ToListAsync(ct);
        return new FollowUpContent(ev, draft, readings,
            draft.IncludeAnsweredQuestions ? questions.Where(q => q.Status == QuestionStatus.Answered).ToList() : [],
            draft.IncludeUnansweredQuestions ? questions.Where(q => q.Status != QuestionStatus.Answered).ToList() : []);
    }
}
