using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Events.Core.Calendar;

/// <summary>Builds RFC 5545 text for an event, with a VTIMEZONE that holds the zone's rules for the event's year.</summary>
public static class InvitationCalendar
{
    public static string Uid(InvitationRequest request) => request.Attendee is null
        ? $"event-{request.Event.Id}@{request.UidDomain}"
        : $"event-{request.Event.Id}-{request.Attendee.Key}@{request.UidDomain}";

    /// <summary>
    /// A cancellation must outrank the invitation it withdraws, which was sent at the event's current sequence,
    /// so CANCEL goes one above it.
    /// </summary>
    public static int Sequence(InvitationRequest request) =>
        request.Event.Sequence + (request.Method == CalendarMethod.Cancel ? 1 : 0);

    public static string Build(InvitationRequest request, DateTime nowUtc) => Build([request], nowUtc);

    /// <summary>
    /// One calendar file holding several entries (e.g. the sessions of one booking), one VEVENT each and one
    /// VTIMEZONE per zone they use. They share one iTIP method.
    /// </summary>
    public static string Build(IReadOnlyList<InvitationRequest> requests, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfZero(requests.Count);
        var method = requests[0].Method;
        if (requests.Any(r => r.Method != method))
        {
            throw new ArgumentException("The entries of one calendar file share its method.", nameof(requests));
        }
        var calendar = new Ical.Net.Calendar { Method = method, ProductId = "-//Events//Webinar manager//EN" };
        foreach (var zone in requests.Select(r => r.Event).GroupBy(e => e.TimeZoneId, StringComparer.Ordinal))
        {
            // Ical.Net's default VTIMEZONE starts a few years back from today: ask for rules from before the event.
            // It also refuses a start after today, and its last rules recur with no end, so later events are covered.
            var fromYear = Math.Min(zone.Min(e => e.StartsAtUtc.Year), DateTime.UtcNow.Year) - 1;
            calendar.AddTimeZone(zone.Key, new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), includeHistoricalData: true);
        }
        foreach (var request in requests)
        {
            calendar.Events.Add(Entry(request, nowUtc));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Entry(InvitationRequest request, DateTime nowUtc)
    {
        var ev = request.Event;
        var zone = ev.TimeZone;
        var entry = new CalendarEvent
        {
            Uid = Uid(request),
            Sequence = Sequence(request),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), "UTC", true),
            DtStart = Local(ev.StartsAtUtc, zone, ev.TimeZoneId),
            DtEnd = Local(ev.EndsAtUtc, zone, ev.TimeZoneId),
            Summary = request.Summary,
            Description = request.Description,
            Status = request.Method == CalendarMethod.Cancel || ev.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
            Transparency = "OPAQUE",
        };
        if (!string.IsNullOrEmpty(ev.OrganiserEmail))
        {
            entry.Organizer = new Organizer("mailto:" + ev.OrganiserEmail) { CommonName = NullIfEmpty(ev.OrganiserName) };
        }
        if (request.Attendee is { } attendee)
        {
            entry.Attendees.Add(AttendeeOf(attendee));
        }
        if (!string.IsNullOrEmpty(request.JoinUrl))
        {
            entry.Url = new Uri(request.JoinUrl);
            entry.Location = $"{CalendarTexts.OnlineIn(request.Language)}: {request.JoinUrl}";
            Mark(entry, "LOCATION", request.Language);
        }
        Mark(entry, "SUMMARY", request.SummaryLanguage ?? request.Language);
        Mark(entry, "DESCRIPTION", request.Language);
        if (request.Method != CalendarMethod.Cancel)
        {
            var alarm = new Alarm
            {
                Action = "DISPLAY",
                Description = request.Summary,
                Trigger = new Trigger(Duration.FromTimeSpanExact(-request.AlarmBefore)),
            };
            entry.Alarms.Add(alarm);
            Mark(alarm, "DESCRIPTION", request.SummaryLanguage ?? request.Language);
        }
        return entry;
    }

    internal static Attendee AttendeeOf(CalendarAttendee attendee) => new("mailto:" + attendee.Email)
    {
        CommonName = NullIfEmpty(attendee.Name),
        Role = "REQ-PARTICIPANT",
        Rsvp = false,
    };

    /// <summary>RFC 5545 LANGUAGE on a text property, so a client (or a screen reader) knows what it reads.</summary>
    private static void Mark(CalendarComponent component, string property, string? language)
    {
        if (language is not null && component.Properties[property] is { } text)
        {
            text.Parameters.Set("LANGUAGE", language);
        }
    }

    private static CalDateTime Local(DateTime utc, TimeZoneInfo zone, string zoneId)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zoneId, true);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
