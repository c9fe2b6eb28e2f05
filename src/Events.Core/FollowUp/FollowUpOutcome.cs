namespace Events.Core.FollowUps;

public enum FollowUpResult
{
    Done,
    NoDraft,

    /// <summary>A draft or cancelled event sends no follow-up.</summary>
    NotPublished,

    /// <summary>Sending now before the event has ended.</summary>
    NotEnded,

    /// <summary>Scheduling for a time before the event's end.</summary>
    BeforeTheEnd,
    TooLate,
}

/// <summary>What became of a follow-up action; <see cref="SendsAtUtc"/> when one is scheduled, <see cref="EndsAtUtc"/> to say why not.</summary>
public sealed record FollowUpOutcome(FollowUpResult Result, DateTime EndsAtUtc, DateTime? SendsAtUtc = null);
