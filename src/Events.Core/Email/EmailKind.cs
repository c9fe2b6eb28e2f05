namespace Events.Core.Email;

/// <summary>The kinds of email the worker sends. Stored by name: rename with care.</summary>
public enum EmailKind
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
    LinkReplaced,
}
