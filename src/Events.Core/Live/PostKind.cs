namespace Events.Core.Live;

/// <summary>
/// What an attendee posted: a question for the panel, or a comment beside it. Both share moderation, the personal-data
/// hold, anonymity, blocks, erasure and rate limits; only questions are voted on and answered. Stored by name.
/// </summary>
public enum PostKind
{
    Question,
    Comment,
}
