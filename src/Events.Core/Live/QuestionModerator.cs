namespace Events.Core.Live;

/// <summary>Moderators' decisions on questions. Returns every question whose state changed, for broadcast.</summary>
public sealed class QuestionModerator(EventsDbContext db, TimeProvider clock, VotableQuestions votable)
{
    public Task<IReadOnlyList<Question>> ApplyAsync(int eventId, int questionId, ModerationAction action, CancellationToken ct) =>
        ApplyAsync(eventId, questionId, PostKind.Question, action, ct);

    /// <summary>The same decisions on a post of <paramref name="kind"/>: a comment id is unknown to the questions' door and back.</summary>
    public async Task<IReadOnlyList<Question>> ApplyAsync(int eventId, int questionId, PostKind kind, ModerationAction action, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId && q.EventId == eventId && q.Kind == kind, ct);
        if (question is null || question.Status == QuestionStatus.Merged
            || (question.Kind == PostKind.Comment && action is ModerationAction.Answering or ModerationAction.Answered))
        {
            return [];
        }
        var changed = new List<Question> { question };
        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case ModerationAction.Approve when question.Status == QuestionStatus.Pending:
                question.Status = QuestionStatus.Published;
                break;
            case ModerationAction.Dismiss:
                question.Status = QuestionStatus.Dismissed;
                break;
            case ModerationAction.Hide:
                question.Status = QuestionStatus.Hidden;
                break;
            case ModerationAction.Answering when question.Status is not QuestionStatus.Answering:
                // The one on screen before is taken as answered: moving on is how a panel answers.
                var previous = await db.Questions.Where(q => q.EventId == eventId && q.Status == QuestionStatus.Answering).ToListAsync(ct);
                foreach (var p in previous)
                {
                    p.Status = QuestionStatus.Answered;
                    p.AnsweredAtUtc = now;
                    p.UpdatedAtUtc = now;
                }
                await db.SaveChangesAsync(ct);
                changed.AddRange(previous);
                question.Status = QuestionStatus.Answering;
                break;
            case ModerationAction.Answered:
                question.Status = QuestionStatus.Answered;
                question.AnsweredAtUtc = now;
                break;
            case ModerationAction.Reopen when question.Status is not QuestionStatus.Published:
                question.Status = QuestionStatus.Published;
                question.AnsweredAtUtc = null;
                break;
            default:
                return [];
        }
        question.UpdatedAtUtc = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        votable.Forget(changed.Select(q => q.Id));
        return changed;
    }

    /// <summary>Folds a duplicate into another question; its voters' votes move across, one per person.</summary>
    public async Task<IReadOnlyList<Question>> MergeAsync(int eventId, int duplicateId, int targetId, CancellationToken ct)
    {
        if (duplicateId == targetId)
        {
            return [];
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pair = await db.Questions.Where(q => q.EventId == eventId && (q.Id == duplicateId || q.Id == targetId)
            && q.Status != QuestionStatus.Merged && q.Kind == PostKind.Question).ToListAsync(ct);
        var duplicate = pair.SingleOrDefault(q => q.Id == duplicateId);
        var target = pair.SingleOrDefault(q => q.Id == targetId);
        if (duplicate is null || target is null)
        {
            return [];
        }
        var targetVoters = db.QuestionVotes.Where(v => v.QuestionId == targetId).Select(v => v.VoterKey);
        var moving = await db.QuestionVotes.Where(v => v.QuestionId == duplicateId && !targetVoters.Contains(v.VoterKey)).ToListAsync(ct);
        db.QuestionVotes.AddRange(moving.Select(v => new QuestionVote { QuestionId = targetId, VoterKey = v.VoterKey, CreatedAtUtc = v.CreatedAtUtc }));
        duplicate.Status = QuestionStatus.Merged;
        duplicate.MergedIntoId = targetId;
        duplicate.UpdatedAtUtc = target.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await db.QuestionVotes.Where(v => v.QuestionId == duplicateId).ExecuteDeleteAsync(ct);
        await QuestionBoard.RecountAsync(db, targetId, ct);
        await QuestionBoard.RecountAsync(db, duplicateId, ct);
        await tx.CommitAsync(ct);
        votable.Forget([duplicateId, targetId]);
        return await db.Questions.AsNoTracking().Where(q => q.Id == duplicateId || q.Id == targetId).ToListAsync(ct);
    }

    /// <summary>
    /// Makes a comment a question, published (the moderator's choice approves it) and open to votes.
    /// Null when it is not a comment of this event, or was dismissed into a merge.
    /// </summary>
    public async Task<Question?> MakeQuestionAsync(int eventId, int commentId, CancellationToken ct)
    {
        var comment = await db.Questions.SingleOrDefaultAsync(q => q.Id == commentId && q.EventId == eventId
            && q.Kind == PostKind.Comment && q.Status != QuestionStatus.Merged, ct);
        if (comment is null)
        {
            return null;
        }
        comment.Kind = PostKind.Question;
        comment.Status = QuestionStatus.Published;
        comment.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return comment;
    }

    /// <summary>Stops the asker of a question from asking again at this event. False if the question is unknown.</summary>
    public async Task<bool> BlockAskerAsync(int eventId, int questionId, CancellationToken ct)
    {
        var key = await db.Questions.Where(q => q.Id == questionId && q.EventId == eventId).Select(q => q.AskerKey).SingleOrDefaultAsync(ct);
        if (key is null)
        {
            return false;
        }
        if (!await db.AskerBlocks.AnyAsync(b => b.EventId == eventId && b.ParticipantKey == key, ct))
        {
            db.AskerBlocks.Add(new AskerBlock { EventId = eventId, ParticipantKey = key, BlockedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        return true;
    }
}
