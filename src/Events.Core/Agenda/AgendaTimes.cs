namespace Events.Core.Agenda;

/// <summary>Wall-clock helpers for forms that ask only for a time of day.</summary>
public static class AgendaTimes
{
    /// <summary>Where a new item naturally starts: at the end of the last item, or at the event's start.</summary>
    public static DateTime NextStartLocal(Event ev)
    {
        var utc = ev.AgendaItems.Count == 0 ? ev.StartsAtUtc : ev.AgendaItems.Max(a => a.EndsAtUtc);
        return EventTime.ToLocal(utc < ev.EndsAtUtc ? utc : ev.StartsAtUtc, ev.TimeZone);
    }

    /// <summary>
    /// The event-local date and time for a time of day: the event's first day, or its next day when the event
    /// runs past midnight and the time is earlier than the start.
    /// </summary>
    public static DateTime OnEventDay(Event ev, TimeOnly time)
    {
        var zone = ev.TimeZone;
        var start = EventTime.ToLocal(ev.StartsAtUtc, zone);
        var end = EventTime.ToLocal(ev.EndsAtUtc, zone);
        var day = DateOnly.FromDateTime(start);
        if (time < TimeOnly.FromDateTime(start) && DateOnly.FromDateTime(end) > day)
        {
            day = day.AddDays(1);
        }
        return day.ToDateTime(time, DateTimeKind.Unspecified);
    }
}
