namespace Events.Core.Events;

/// <summary>
/// What an organiser sends to create or edit an event. Times (including <see cref="RegistrationClosesAt"/>) are wall-clock
/// times in <see cref="TimeZone"/>; <see cref="ReminderOffsets"/> are minutes before the start, left out meaning unchanged
/// (on creation: the site's default). <see cref="OriginalLanguage"/>, <see cref="Languages"/> (the offered content languages)
/// and <see cref="Translations"/> (<c>{"fr": {"Title": "…"}}</c>) left out keep what the event has, as does
/// <see cref="PersonalDataRetentionDays"/> (the privacy endpoint returns it to the site's default).
/// </summary>
public sealed record EventInput(
    string? Slug,
    string? Title,
    string? Summary,
    string? Rationale,
    List<string>? ExpectedOutcomes,
    DateTime? Start,
    DateTime? End,
    string? TimeZone,
    int? Capacity,
    string? OrganiserName,
    string? OrganiserEmail,
    bool? RequiresApproval = null,
    bool? RequiresEmailConfirmation = null,
    DateTime? RegistrationClosesAt = null,
    List<int>? ReminderOffsets = null,
    string? OriginalLanguage = null,
    List<string>? Languages = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null,
    int? PersonalDataRetentionDays = null);
