namespace Events.Core.Events;

public enum EventStatus
{
    Draft,
    Published,
    Live,
    Ended,
    Cancelled,
}
