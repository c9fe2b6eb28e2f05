namespace Events.Core.Live;

public enum ParticipantRole
{
    /// <summary>Admitted by their registration's personal link.</summary>
    Attendee,

    /// <summary>Joined an event with open Q&amp;A under a display name, without registering.</summary>
    Guest,

    /// <summary>An organiser or a moderator of the event.</summary>
    Staff,
}
