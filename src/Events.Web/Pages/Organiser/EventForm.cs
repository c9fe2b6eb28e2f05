using System.ComponentModel.DataAnnotations;
using Events.Core.Events;

namespace Events.Web.Pages.Organiser;

/// <summary>The event form's fields; outcomes arrive as one per line.</summary>
public sealed class EventForm
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Rationale { get; set; }
    [Display(Name = "Expected outcomes")]
    public string? ExpectedOutcomes { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; }
    public int? Capacity { get; set; }
    [Display(Name = "Registrations need approval")]
    public bool RequiresApproval { get; set; }
    [Display(Name = "Registrants must confirm their email")]
    public bool RequiresEmailConfirmation { get; set; }
    [Display(Name = "Registration closes")]
    public DateTime? RegistrationClosesAt { get; set; }
    [Display(Name = "Reminders (minutes before the start)")]
    public string? ReminderOffsets { get; set; }
    [Display(Name = "Organiser name")]
    public string? OrganiserName { get; set; }
    [Display(Name = "Organiser email")]
    public string? OrganiserEmail { get; set; }

    public EventInput ToInput() => new(
        Slug?.Trim(), Title, Summary, Rationale,
        (ExpectedOutcomes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        Start, End, TimeZone?.Trim(), Capacity, OrganiserName, OrganiserEmail, RequiresApproval, RequiresEmailConfirmation,
        RegistrationClosesAt, ParseReminderOffsets(ReminderOffsets));

    /// <summary>Empty follows the site's default, "none" sends none; a word that is no number becomes 0, which the rules refuse.</summary>
    private static List<int>? ParseReminderOffsets(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        return text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0)
            .ToList();
    }

    public static EventForm From(Event ev) => new()
    {
        Slug = ev.Slug,
        Title = ev.Title,
        Summary = ev.Summary,
        Rationale = ev.Rationale,
        ExpectedOutcomes = string.Join('\n', ev.ExpectedOutcomes),
        Start = EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone),
        End = EventTime.ToLocal(ev.EndsAtUtc, ev.TimeZone),
        TimeZone = ev.TimeZoneId,
        Capacity = ev.Capacity,
        RequiresApproval = ev.RequiresApproval,
        RequiresEmailConfirmation = ev.RequiresEmailConfirmation,
        RegistrationClosesAt = ev.RegistrationClosesAtUtc is { } closes ? EventTime.ToLocal(closes, ev.TimeZone) : null,
        ReminderOffsets = ev.ReminderOffsetMinutes switch
        {
            null => null,
            [] => "none",
            var minutes => string.Join(", ", minutes),
        },
        OrganiserName = ev.OrganiserName,
        OrganiserEmail = ev.OrganiserEmail,
    };
}
