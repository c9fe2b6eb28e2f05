namespace Events.Core.Live;

/// <summary>Stored by name: rename with care.</summary>
public enum QuestionStatus
{
    /// <summary>Waiting for a moderator (pre-moderation, or held for personal data).</summary>
    Pending,
    Published,
    Answering,
    Answered,
    Dismissed,
    Hidden,
    Merged,
}
