namespace Events.Core.Email.Previews;

/// <summary>
/// The messages an organiser can preview: every <see cref="EmailKind"/> (same names) and the two sent outside the
/// registration ledger. Named in URLs: rename with care.
/// </summary>
public enum PreviewKind
{
    Confirmed,
    Pending,
    WaitingList,
    Promoted,
    Declined,
    Cancelled,
    LinkAgain,
    ConfirmEmail,
    Reminder,
    EventUpdated,
    EventCancelled,
    FollowUp,
    InterpreterBriefing,

    /// <summary>The one email for a booking of several sessions of a forum; only for an event in a forum.</summary>
    ForumBooking,
    TeamInvitation,
}
