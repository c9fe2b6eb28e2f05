namespace Events.Core.Calendar;

/// <summary>iTIP methods (RFC 5546) the product emits.</summary>
public static class CalendarMethod
{
    public const string Publish = "PUBLISH";
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
}
