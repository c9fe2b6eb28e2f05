using Events.Core.Live;

namespace Events.Web.Live;

/// <summary>
/// A comment as one audience may see it: like <see cref="QuestionView"/> without votes or answering.
/// <see cref="AskerName"/> is the public name for the audience, the name moderators may see in the console.
/// </summary>
public sealed record CommentView(
    int Id,
    string Text,
    string Language,
    QuestionStatus Status,
    string? AskerName,
    QuestionAnonymity Anonymity,
    bool HeldForPersonalData,
    DateTime CreatedAtUtc);

/// <summary>
/// The comments part of a page's state, fetched after every (re)join: public ones, the caller's own, and whether the
/// caller may comment now (the event open, the caller not stopped).
/// </summary>
public sealed record CommentsState(IReadOnlyList<CommentView> Comments, IReadOnlyList<CommentView> MyComments, bool CanComment);

/// <summary>Error is a code (see <see cref="AskError"/>) the page words in its reader's language.</summary>
public sealed record CommentResult(CommentView? Comment, AskError? Error);

public static class CommentViewMapping
{
    public static CommentView ToAudienceComment(this Question c) => c.ToComment(c.PublicName);

    /// <summary>Moderators see the name unless the author kept it from everyone (then none was stored).</summary>
    public static CommentView ToStaffComment(this Question c) => c.ToComment(c.AskerName);

    private static CommentView ToComment(this Question c, string? name) =>
        new(c.Id, c.Text, c.Language, c.Status, name, c.Anonymity, c.HeldForPersonalData, c.CreatedAtUtc);
}
