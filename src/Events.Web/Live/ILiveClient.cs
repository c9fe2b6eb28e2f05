namespace Events.Web.Live;

/// <summary>What the server pushes to live pages. Method names are the wire format the scripts listen to.</summary>
public interface ILiveClient
{
    /// <summary>A question appeared or changed (votes, status). Staff receive every question; the audience public ones.</summary>
    Task QuestionChanged(QuestionView question);

    /// <summary>
    /// Vote counts that changed, coalesced per event and interval (see Feeds/VoteCountsFeed). Staff receive every
    /// question's; the audience the public ones'. A page keeps a count only when its version is not older.
    /// </summary>
    Task VotesChanged(VoteCounts counts);

    /// <summary>To the audience: a question left the public list (dismissed, hidden, merged, reopened to pending).</summary>
    Task QuestionRemoved(int questionId);

    /// <summary>To the asker's own connections only: their question changed, including while it is pending.</summary>
    Task MyQuestionChanged(QuestionView question);

    /// <summary>A comment appeared or changed. Staff receive every comment; the audience public ones.</summary>
    Task CommentChanged(CommentView comment);

    /// <summary>A comment left the public list (dismissed, hidden) or became a question.</summary>
    Task CommentRemoved(int commentId);

    /// <summary>To the author's own connections only: their comment changed, including while it is pending.</summary>
    Task MyCommentChanged(CommentView comment);

    Task SessionChanged(SessionView session);

    Task ChannelChanged(ChannelView channel);

    /// <summary>To staff only: connected people in total and per channel.</summary>
    Task PresenceChanged(PresenceView presence);

    /// <summary>A poll opened, closed, or its results were shown or hidden (to the audience: never a draft).</summary>
    Task PollChanged(Polls.PollView poll);

    /// <summary>Coalesced poll results, one message per interval; a page keeps the highest version per poll.</summary>
    Task PollResults(IReadOnlyList<Core.Polls.PollResults> results);
    /// <summary>To the followers of one language's captions (and its caption consoles): a line just sent.</summary>
    Task CaptionLine(Captions.CaptionView line);

    /// <summary>To a connection whose access was withdrawn: it has left the event's groups; the page stops.</summary>
    Task Evicted();
}
