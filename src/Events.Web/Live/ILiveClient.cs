namespace Events.Web.Live;

/// <summary>What the server pushes to live pages. Method names are the wire format the scripts listen to.</summary>
public interface ILiveClient
{
    /// <summary>A question appeared or changed (votes, status). Staff receive every question; the audience public ones.</summary>
    Task QuestionChanged(QuestionView question);

    /// <summary>To the audience: a question left the public list (dismissed, hidden, merged, reopened to pending).</summary>
    Task QuestionRemoved(int questionId);

    /// <summary>To the asker's own connections only: their question changed, including while it is pending.</summary>
    Task MyQuestionChanged(QuestionView question);

    Task SessionChanged(SessionView session);

    Task ChannelChanged(ChannelView channel);

    /// <summary>To staff only: connected people in total and per channel.</summary>
    Task PresenceChanged(PresenceView presence);

    /// <summary>To the followers of one language's captions (and its caption consoles): a line just sent.</summary>
    Task CaptionLine(Captions.CaptionView line);

    /// <summary>To a connection whose access was withdrawn: it has left the event's groups; the page stops.</summary>
    Task Evicted();
}
