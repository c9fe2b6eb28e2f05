namespace Events.Core.Polls;

public enum PollStatus
{
    /// <summary>Prepared, never opened: the organiser may still change its kind and choices.</summary>
    Draft,
    Open,
    Closed,
}
