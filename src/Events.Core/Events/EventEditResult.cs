namespace Events.Core.Events;

public enum EventEditOutcome
{
    Saved,
    Invalid,
    SlugTaken,
    NotFound,

    /// <summary>The status change is not allowed from the event's current status (e.g. publishing a cancelled event).</summary>
    WrongStatus,
}

/// <summary>What an edit of an event came to; <see cref="Event"/> is set unless the event was not found.</summary>
public sealed record EventEditResult(EventEditOutcome Outcome, Event? Event, ValidationErrors Errors)
{
    public const string SlugTakenMessage = "Another event already uses this slug.";

    public static EventEditResult Saved(Event ev) => new(EventEditOutcome.Saved, ev, new ValidationErrors());

    public static EventEditResult Invalid(Event ev, ValidationErrors errors) => new(EventEditOutcome.Invalid, ev, errors);

    public static EventEditResult Invalid(Event ev, string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Invalid(ev, errors);
    }

    public static EventEditResult SlugTaken(Event ev)
    {
        var errors = new ValidationErrors();
        errors.Add("slug", SlugTakenMessage);
        return new(EventEditOutcome.SlugTaken, ev, errors);
    }

    public static EventEditResult NotFound() => new(EventEditOutcome.NotFound, null, new ValidationErrors());

    public static EventEditResult WrongStatus(Event ev) => new(EventEditOutcome.WrongStatus, ev, new ValidationErrors());
}
