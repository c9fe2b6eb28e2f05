namespace Events.Core.Agenda;

/// <summary>The agenda rules' messages; the pages look them up (with their argument) in the page's language.</summary>
public static class AgendaMessages
{
    public const string Required = "This field is required.";
    public const string KindUnknown = "Must be one of the agenda item kinds.";
    public const string Duration = "Must be between 1 and 1440 minutes.";
    public const string TimeMissing = "This time does not exist in the event's time zone (clocks go forward).";
    public const string OutsideEvent = "The item must lie inside the event's start and end.";
    public const string Overlaps = "Overlaps the agenda item \"{0}\".";
    public const string TooManyPeople = "At most 50 people per item.";
    public const string UnknownSpeaker = "Every person must be one of the event's speakers.";
    public const string RoleUnknown = "Every person needs one of the roles.";
    public const string Twice = "A speaker is listed twice in this item.";
    public const string TopicTooLong = "A topic is at most 1000 characters.";
    public const string OrderIncomplete = "Give every agenda item of the event exactly once.";
    public const string OrderPastEnd = "In this order the agenda runs past the event's end.";
}
