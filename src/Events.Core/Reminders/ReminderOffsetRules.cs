namespace Events.Core.Reminders;

/// <summary>What an organiser may set as an event's reminder offsets, in minutes before the start.</summary>
public static class ReminderOffsetRules
{
    public const string Field = "reminderOffsets";
    public const int MaxCount = 5;
    public const int MaxMinutes = 14 * 24 * 60;

    /// <summary>Null is valid: the event follows the site's <c>Reminders:Offsets</c>.</summary>
    public static void Validate(IReadOnlyList<int>? offsets, ValidationErrors errors)
    {
        if (offsets is null)
        {
            return;
        }
        if (offsets.Count > MaxCount)
        {
            errors.Add(Field, $"At most {MaxCount} reminders.");
        }
        if (offsets.Any(o => o is < 1 or > MaxMinutes))
        {
            errors.Add(Field, $"Each reminder is a whole number of minutes before the start, from 1 to {MaxMinutes} (14 days).");
        }
        if (offsets.Distinct().Count() != offsets.Count)
        {
            errors.Add(Field, "Each reminder may appear only once.");
        }
    }
}
