namespace Events.Web.Live;

/// <summary>Claims of the live-session cookie that admits one attendee or guest to one event.</summary>
public static class LiveClaims
{
    public const string Scheme = "Live";
    public const string Policy = "live";
    public const string EventId = "live:event";
    public const string RegistrationId = "live:registration";
    public const string GuestId = "live:guest";
    public const string GuestName = "live:name";
    public const string Language = "live:language";
}
