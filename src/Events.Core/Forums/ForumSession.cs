namespace Events.Core.Forums;

public enum SessionState
{
    /// <summary>Open with places left (or no limit).</summary>
    Open,

    /// <summary>Open, but every place is taken: a registration joins the waiting list.</summary>
    WaitingList,

    /// <summary>Registration has closed (or the session has started, ended or been cancelled).</summary>
    Closed,
}

/// <summary>One public event of a forum with what a visitor needs to choose it. <see cref="PlacesLeft"/> is null without a capacity.</summary>
public sealed record ForumSession(Event Event, int? PlacesLeft, int Waiting, SessionState State);
