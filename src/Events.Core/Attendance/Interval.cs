namespace Events.Core.Attendance;

/// <summary>A span of presence, start inclusive, end exclusive.</summary>
public readonly record struct Interval(DateTime Start, DateTime End)
{
    public TimeSpan Length => End > Start ? End - Start : TimeSpan.Zero;
}
