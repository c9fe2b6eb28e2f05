namespace Events.Core.FollowUps;

public enum FollowUpVariant
{
    Attended,

    /// <summary>Registered and confirmed, but not present long enough to count as attended.</summary>
    Absent,
}
