namespace Events.Web.Captions;

public static class CaptionGroups
{
    /// <summary>The connections following one event's captions in one language (attendees and caption consoles).</summary>
    public static string Language(int eventId, string language) => $"event:{eventId}:captions:{language}";
}
