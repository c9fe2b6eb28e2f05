namespace Events.Core.Forums;

public enum BookingResult
{
    Booked,

    /// <summary>The honeypot was filled: answered as a success, nothing kept.</summary>
    Ignored,
    Invalid,
}

/// <summary>What became of each session ticked: its own result and registration (new, or the one already there).</summary>
public sealed record BookedSession(Event Event, RegisterResult Result, Registration? Registration);

public sealed record BookingOutcome(BookingResult Result, ValidationErrors Errors, Booking? Booking, IReadOnlyList<BookedSession> Sessions);
