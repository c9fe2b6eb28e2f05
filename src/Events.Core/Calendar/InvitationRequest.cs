namespace Events.Core.Calendar;

/// <summary>Who the calendar entry is for. <see cref="Key"/> is stable for that person (e.g. the registration id), never their address.</summary>
public sealed record CalendarAttendee(string Key, string Email, string Name);

/// <summary>
/// One calendar entry. <see cref="Summary"/> and <see cref="Description"/> come already in the attendee's language;
/// without an <see cref="Attendee"/> it is the public entry for the event.
/// </summary>
public sealed record InvitationRequest(Event Event, string Method, string Summary, string Description, string? JoinUrl)
{
    public CalendarAttendee? Attendee { get; init; }

    public TimeSpan AlarmBefore { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Makes UIDs unique across installations.</summary>
    public string UidDomain { get; init; } = "events.local";

    /// <summary>The reader's language: the LOCATION wording ("Online") and the LANGUAGE of DESCRIPTION and LOCATION; none leaves them unmarked, in English.</summary>
    public string? Language { get; init; }

    /// <summary>The language <see cref="Summary"/> is actually in (the original when its translation is missing); defaults to <see cref="Language"/>.</summary>
    public string? SummaryLanguage { get; init; }
}
