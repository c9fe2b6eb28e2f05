namespace Events.Core.Live;

public sealed record AskOutcome(AskError? Error, Question? Question);

/// <summary>What attendees do with questions: ask and vote. Every change is saved before anyone hears of it.</summary>
public sealed class QuestionBoard(EventsDbContext db, TimeProvider clock)
{
    public Task<AskOutcome> AskAsync(Participant asker, string? text, QuestionAnonymity anonymity, CancellationToken ct) =>
        PostAsync(asker, text, anonymity, PostKind.Question, ct);

    /// <summary>A comment goes through the same rules, hold and moderation as a question.</summary>
    public Task<AskOutcome> CommentAsync(Participant asker, string? text, QuestionAnonymity anonymity, CancellationToken ct) =>
        PostAsync(asker, text, anonymity, PostKind.Comment, ct);

    private async Task<AskOutcome> PostAsync(Participant asker, string? text, QuestionAnonymity anonymity, PostKind kind, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == asker.EventId, ct);
        var error = QuestionRules.Check(text, anonymity, ev.AllowFullyAnonymousQuestions);
        if (error is null && ev.Status is not (EventStatus.Published or EventStatus.Live))
        {
            error = AskError.Closed;
        }
        if (error is null && await db.AskerBlocks.AnyAsync(b => b.EventId == ev.Id && b.ParticipantKey == asker.Key, ct))
        {
            error = AskError.Blocked;
        }
        if (error is not null)
        {
            return new AskOutcome(error, null);
        }
        var body = text!.Trim();
        var held = PersonalDataDetector.LooksPersonal(body);
        var now = clock.GetUtcNow().UtcDateTime;
        var anonymousToAll = anonymity == QuestionAnonymity.AnonymousToEveryone;
        var question = new Question
        {
            EventId = ev.Id,
            Kind = kind,
            AskerKey = asker.Key,
            RegistrationId = anonymousToAll ? null : asker.RegistrationId,
            AskerName = anonymousToAll ? null : asker.DisplayName,
            Anonymity = anonymity,
            Text = body,
            Language = asker.Language,
            HeldForPersonalData = held,
            Status = held || ev.Moderation == QuestionModeration.Before ? QuestionStatus.Pending : QuestionStatus.Published,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.Questions.Add(question);
        await db.SaveChangesAsync(ct);
        return new AskOutcome(null, question);
    }

    /// <summary>Adds or withdraws the voter's one vote; null when the question cannot be voted on.</summary>
    public async Task<Question?> VoteAsync(Participant voter, int questionId, bool up, CancellationToken ct)
    {
        var votable = await db.Questions.AnyAsync(q => q.Id == questionId && q.EventId == voter.EventId
            && q.Kind == PostKind.Question && (q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering), ct);
        if (!votable)
        {
            return null;
        }
        if (up)
        {
            await AddVoteAsync(voter.Key, questionId, ct);
        }
        else
        {
            await db.QuestionVotes.Where(v => v.QuestionId == questionId && v.VoterKey == voter.Key).ExecuteDeleteAsync(ct);
        }
        await RecountAsync(db, questionId, ct);
        return await db.Questions.AsNoTracking().SingleAsync(q => q.Id == questionId, ct);
    }

    private async Task AddVoteAsync(string voterKey, int questionId, CancellationToken ct)
    {
        if (await db.QuestionVotes.AnyAsync(v => v.QuestionId == questionId && v.VoterKey == voterKey, ct))
        {
            return;
        }
        db.QuestionVotes.Add(new QuestionVote { QuestionId = questionId, VoterKey = voterKey, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same voter's other tab got there first: the key keeps it to one vote.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Counts instead of incrementing, so concurrent votes can never drift from the rows.</summary>
    internal static Task RecountAsync(EventsDbContext db, int questionId, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Votes, q => db.QuestionVotes.Count(v => v.QuestionId == q.Id)), ct);
}
