namespace Events.Core.Retention;

/// <summary>How long personal data is kept after an event ends: the site default and the bounds an organiser may set.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int DefaultDays { get; set; } = 90;
    public int MinDays { get; set; } = 7;
    public int MaxDays { get; set; } = 730;

    /// <summary>Days the audit log is kept, whatever the events' periods.</summary>
    public int AuditDays { get; set; } = 365;

    public int DaysFor(Event ev) => ev.PersonalDataRetentionDays ?? DefaultDays;

    /// <summary>The instant an event's personal data is due for erasure.</summary>
    public DateTime ErasesAtUtc(Event ev) => ev.EndsAtUtc.AddDays(DaysFor(ev));
}
