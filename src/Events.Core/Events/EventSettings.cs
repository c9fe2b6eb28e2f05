using Events.Core.Live;

namespace Events.Core.Events;

/// <summary>Null means "use the configured default".</summary>
public sealed record AttendanceAndBriefingSettings(int? AttendanceThresholdMinutes, int? BriefingHoursBefore);

public enum SettingsOutcome
{
    Saved,
    Invalid,
    NotFound,
}

/// <summary>What saving settings came to; <see cref="Event"/> is the saved event.</summary>
public sealed record SettingsResult(SettingsOutcome Outcome, Event? Event, ValidationErrors Errors);

/// <summary>
/// An event's settings beyond its form: the live Q&amp;A (moderation, anonymity, open questions) and the hour around it
/// (attendance threshold, briefing lead time). Used by the organiser API and the settings page alike.
/// </summary>
public sealed class EventSettings(EventsDbContext db, LiveEvictions evictions)
{
    public const int MaxThresholdMinutes = 1440;
    public const int MaxBriefingHours = 1440;

    /// <summary>The event by slug or numeric id, read only.</summary>
    public Task<Event?> FindAsync(string slugOrId, CancellationToken ct) => db.Events.AsNoTracking().FindBySlugOrIdAsync(slugOrId, ct);

    public async Task<SettingsResult> SaveLiveAsync(string slugOrId, LiveSettingsInput input, CancellationToken ct)
    {
        var ev = await db.Events.FindBySlugOrIdAsync(slugOrId, ct);
        if (ev is null)
        {
            return new(SettingsOutcome.NotFound, null, new ValidationErrors());
        }
        var wasOpen = ev.OpenQuestions;
        var errors = input.ApplyTo(ev);
        if (!errors.IsValid)
        {
            return new(SettingsOutcome.Invalid, ev, errors);
        }
        await db.SaveChangesAsync(ct);
        if (wasOpen && !ev.OpenQuestions)
        {
            await evictions.GuestsAsync(ev.Id, ct);
        }
        return new(SettingsOutcome.Saved, ev, errors);
    }

    public async Task<SettingsResult> SaveAttendanceAndBriefingAsync(string slugOrId, AttendanceAndBriefingSettings settings, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (settings.AttendanceThresholdMinutes is < 0 or > MaxThresholdMinutes)
        {
            errors.Add("attendanceThresholdMinutes", "Must be between 0 and 1440.");
        }
        if (settings.BriefingHoursBefore is < 1 or > MaxBriefingHours)
        {
            errors.Add("briefingHoursBefore", "Must be between 1 and 1440.");
        }
        if (!errors.IsValid)
        {
            return new(SettingsOutcome.Invalid, null, errors);
        }
        var ev = await db.Events.FindBySlugOrIdAsync(slugOrId, ct);
        if (ev is null)
        {
            return new(SettingsOutcome.NotFound, null, errors);
        }
        (ev.AttendanceThresholdMinutes, ev.BriefingHoursBefore) = (settings.AttendanceThresholdMinutes, settings.BriefingHoursBefore);
        // Saving moves the briefing job when its lead time changed (see EventMoveInterceptor).
        await db.SaveChangesAsync(ct);
        return new(SettingsOutcome.Saved, ev, errors);
    }
}
