using System.ComponentModel.DataAnnotations;

namespace Events.Core.Attendance;

public sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>Minutes present that make a registrant count as attended, unless the event sets its own.</summary>
    [Range(0, 1440)]
    public int ThresholdMinutes { get; set; } = 10;
}
