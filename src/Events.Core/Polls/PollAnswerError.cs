namespace Events.Core.Polls;

/// <summary>Why an answer was refused; the attendee's page says it in their language.</summary>
public enum PollAnswerError
{
    /// <summary>No such poll in this event, or it is not open (never opened, or closed).</summary>
    Closed,

    /// <summary>No choice, a choice of another poll, or several on a single-choice poll.</summary>
    Invalid,
    RateLimited,
}
