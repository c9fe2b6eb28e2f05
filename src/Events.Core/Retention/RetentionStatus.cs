namespace Events.Core.Retention;

/// <summary>
/// What an organiser sees of an event's personal data: the period (null = the site's default), when it goes (or went),
/// and how many registrations an erasure would remove now.
/// </summary>
public sealed record RetentionStatus(
    int EventId,
    string Slug,
    string Title,
    string TimeZoneId,
    int? PersonalDataRetentionDays,
    int Days,
    int DefaultDays,
    int MinDays,
    int MaxDays,
    DateTime EndsAtUtc,
    DateTime ErasesAtUtc,
    DateTime? ErasedAtUtc,
    bool MayEraseNow,
    int Registrations);

public enum RetentionOutcome
{
    Saved,
    Erased,
    AlreadyErased,
    NotEnded,
    Invalid,
    NotFound,
}

/// <summary>What a retention use case came to; <see cref="Status"/> is the event's state after it.</summary>
public sealed record RetentionResult(RetentionOutcome Outcome, RetentionStatus? Status, ValidationErrors Errors)
{
    public static RetentionResult NotFound() => new(RetentionOutcome.NotFound, null, new ValidationErrors());
}
