namespace Events.Core.Reminders;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How long before the start each reminder goes; empty in configuration means the defaults.</summary>
    public List<TimeSpan> Offsets { get; set; } = [];

    public IReadOnlyList<TimeSpan> EffectiveOffsets =>
        Offsets.Count > 0 ? Offsets.Distinct().ToList() : [TimeSpan.FromHours(24), TimeSpan.FromHours(1)];

    /// <summary>The event's own offsets, or the site's when it has none of its own.</summary>
    public IReadOnlyList<TimeSpan> OffsetsFor(Event ev) =>
        ev.ReminderOffsetMinutes?.Select(m => TimeSpan.FromMinutes(m)).ToList() ?? EffectiveOffsets;
}
