namespace Events.Core.Attendance;

/// <summary>
/// One registrant's presence at one event. <see cref="LastLeaveUtc"/> is null while a connection is still open.
/// </summary>
public sealed record AttendanceRecord(
    int RegistrationId, DateTime? FirstJoinUtc, DateTime? LastLeaveUtc, int SecondsPresent, bool Attended)
{
    public int MinutesPresent => SecondsPresent / 60;
}
