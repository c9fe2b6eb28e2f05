namespace Events.Core.Live;

/// <summary>Who is acting in a live session. <see cref="Key"/> identifies them for votes, limits and blocks.</summary>
public sealed record Participant(ParticipantRole Role, int EventId, string Key, string DisplayName, string Language, int? RegistrationId)
{
    public static string AttendeeKey(int registrationId) => $"r:{registrationId}";

    public static string GuestKey(string guestId) => $"g:{guestId}";

    public static string StaffKey(string userId) => $"u:{userId}";

    public bool IsStaff => Role == ParticipantRole.Staff;
}
