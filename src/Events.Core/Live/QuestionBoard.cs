namespace Events.Core.Live;

public sealed record AskOutcome(AskError? Error, Question? Question);

/// <summary>A question's count as stored, with the version the recount gave it (higher is newer).</summary>
public sealed record VoteTally(int QuestionId, int Votes, long Version);

/// <summary>What attendees do with questions: ask and vote. Every change is saved before anyone hears of it.</summary>
public sealed class QuestionBoard(EventsDbContext db, TimeProvider clock, VotableQuestions votable, VoteWriter writer)
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

    /// <summary>
    /// Adds or withdraws the voter's one vote. Checked here from memory, then decided and written with other votes by
    /// <see cref="VoteWriter"/>, which also checks that an attendee or guest is still admitted.
    /// </summary>
    public async Task<VoteOutcome> VoteAsync(Participant voter, int questionId, bool up, CancellationToken ct) =>
        await votable.IsOpenAsync(db, voter.EventId, questionId, ct)
            ? await writer.WriteAsync(voter, questionId, up, ct)
            : VoteOutcome.Refused;

    /// <summary>
    /// Counts afresh, for a merge that moves votes between questions; the version moves in the same statement, so a
    /// later count always carries a higher version whichever instance reads it.
    /// </summary>
    internal static Task RecountAsync(EventsDbContext db, int questionId, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Votes, q => db.QuestionVotes.Count(v => v.QuestionId == q.Id))
                .SetProperty(q => q.VotesVersion, q => q.VotesVersion + 1), ct);
}
