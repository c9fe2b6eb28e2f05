using Events.Core.Captions;
using Events.Core.Live;
using Events.Core.Polls;
using Events.Core.Readings;

namespace Events.Core.FollowUps;

/// <summary>
/// Everything a follow-up says besides the greeting: loaded once, rendered per recipient. <see cref="Polls"/>: those
/// marked for the follow-up that were put to the audience. <see cref="Transcripts"/>: by language, only those with
/// lines, and only when the draft attaches the transcript.
/// </summary>
public sealed record FollowUpContent(
    Event Event, FollowUpDraft Draft, IReadOnlyList<Reading> Readings, IReadOnlyList<Question> Answered, IReadOnlyList<Question> Unanswered,
    IReadOnlyList<Poll> Polls, IReadOnlyDictionary<string, TranscriptFiles> Transcripts)
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
            draft.IncludeUnansweredQuestions ? questions.Where(q => q.Status != QuestionStatus.Answered).ToList() : [],
            await PollFigures.PollsAsync(db, eventId, followUpOnly: true, ct),
            draft.AttachTranscript ? await TranscriptsAsync(db, ev, ct) : new Dictionary<string, TranscriptFiles>());
    }

    /// <summary>The transcript for a reader of <paramref name="language"/>: theirs if captioned, else the event's original language's; null when neither has lines.</summary>
    public TranscriptFiles? TranscriptFor(string language) =>
        Transcripts.GetValueOrDefault(language) ?? Transcripts.GetValueOrDefault(Event.OriginalLanguage);

    private static async Task<Dictionary<string, TranscriptFiles>> TranscriptsAsync(EventsDbContext db, Event ev, CancellationToken ct)
    {
        var languages = await db.CaptionLines.Where(c => c.EventId == ev.Id).Select(c => c.Language).Distinct().ToListAsync(ct);
        var files = new Dictionary<string, TranscriptFiles>(StringComparer.Ordinal);
        foreach (var language in languages.Order(StringComparer.Ordinal))
        {
            if (await CaptionTranscript.LoadAsync(db, ev.Slug, language, ct) is { Lines.Count: > 0 } transcript)
            {
                files[language] = new TranscriptFiles(language, TranscriptFormats.PlainText(transcript), TranscriptFormats.WebVtt(transcript));
            }
        }
        return files;
    }
}

/// <summary>One language's transcript as the follow-up attaches it: plain text and WebVTT.</summary>
public sealed record TranscriptFiles(string Language, string Text, string WebVtt)
{
    public IReadOnlyList<EmailAttachment> Attachments(string slug) =>
    [
        new($"{slug}-transcript-{Language}.txt", "plain", Text),
        new($"{slug}-transcript-{Language}.vtt", "vtt", WebVtt),
    ];
}
