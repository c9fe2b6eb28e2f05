using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>
/// Comments beside the questions: posted through the same rules, hold and moderation as questions (the same rows,
/// <see cref="PostKind.Comment"/>), never voted on; a moderator may make one a question.
/// </summary>
public sealed partial class LiveHub
{
    public async Task<CommentResult> Comment(AskRequest request, [FromServices] CommentBroadcaster comments)
    {
        var who = await StillAdmittedAsync();
        var outcome = await board.CommentAsync(who, request.Text, request.Anonymity, Context.ConnectionAborted);
        if (outcome.Question is null)
        {
            return new CommentResult(null, outcome.Error);
        }
        await comments.CommentAsync(outcome.Question);
        return new CommentResult(outcome.Question.ToAudienceComment(), null);
    }

    /// <summary>The attendee's comments state: the public comments and the caller's own (pending ones included).</summary>
    public async Task<CommentsState> CommentsState([FromServices] EventsDbContext db)
    {
        var who = await StillAdmittedAsync();
        var all = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == who.EventId && q.Kind == PostKind.Comment && q.Status != QuestionStatus.Merged)
            .Where(q => q.AskerKey == who.Key || q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering || q.Status == QuestionStatus.Answered)
            .OrderBy(q => q.Id).ToListAsync(Context.ConnectionAborted);
        var open = await db.Events.AnyAsync(e => e.Id == who.EventId && (e.Status == EventStatus.Published || e.Status == EventStatus.Live), Context.ConnectionAborted)
            && !await db.AskerBlocks.AnyAsync(b => b.EventId == who.EventId && b.ParticipantKey == who.Key, Context.ConnectionAborted);
        return new CommentsState(all.Where(c => c.IsPublic).Select(c => c.ToAudienceComment()).ToList(),
            all.Where(c => c.AskerKey == who.Key).Select(c => c.ToAudienceComment()).ToList(), open);
    }

    /// <summary>Staff: every comment of the event, with the names moderators may see.</summary>
    public async Task<IReadOnlyList<CommentView>> ConsoleComments(int eventId, [FromServices] EventsDbContext db)
    {
        await RequireStaffAsync(eventId);
        return await db.Questions.AsNoTracking()
            .Where(q => q.EventId == eventId && q.Kind == PostKind.Comment && q.Status != QuestionStatus.Merged)
            .OrderBy(q => q.Id).Select(q => q.ToStaffComment()).ToListAsync(Context.ConnectionAborted);
    }

    /// <summary>Approve, dismiss, hide or reopen a comment (answering is for questions and is refused).</summary>
    public async Task ModerateComment(int eventId, int commentId, ModerationAction action,
        [FromServices] QuestionModerator moderator, [FromServices] CommentBroadcaster comments)
    {
        await RequireStaffAsync(eventId);
        foreach (var changed in await moderator.ApplyAsync(eventId, commentId, PostKind.Comment, action, Context.ConnectionAborted))
        {
            await comments.CommentAsync(changed);
        }
    }

    /// <summary>Makes a comment a question: it leaves the comments and reaches the questions, votable. False if refused.</summary>
    public async Task<bool> MakeQuestion(int eventId, int commentId, [FromServices] QuestionModerator moderator, [FromServices] CommentBroadcaster comments)
    {
        await RequireStaffAsync(eventId);
        var question = await moderator.MakeQuestionAsync(eventId, commentId, Context.ConnectionAborted);
        if (question is null)
        {
            return false;
        }
        await comments.LeftCommentsAsync(question);
        await broadcast.QuestionAsync(question);
        return true;
    }
}
