namespace Events.Web.Live;

public static class LiveGroups
{
    /// <summary>Attendee pages and presenter views: public questions only, names only where given.</summary>
    public static string Audience(int eventId) => $"event:{eventId}";

    /// <summary>Moderators' consoles: every question, presence counts.</summary>
    public static string Staff(int eventId) => $"event:{eventId}:staff";

    /// <summary>All connections of one participant, e.g. two tabs of the same attendee.</summary>
    public static string Person(int eventId, string participantKey) => $"event:{eventId}:{participantKey}";
}
