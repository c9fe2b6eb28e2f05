using System.Net.Mail;
using System.Text.RegularExpressions;
using Events.Core.Reminders;

namespace Events.Core.Events;

public static partial class EventRules
{
    public const int TitleMax = 200;
    public const int TextMax = 8000;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Checks the input and, when valid, applies it to <paramref name="target"/>.</summary>
    public static ValidationErrors Apply(EventInput input, Event target)
    {
        var errors = new ValidationErrors();
        errors.Required("slug", input.Slug);
        errors.MaxLength("slug", input.Slug, EventSlug.MaxLength);
        if (!errors.Has("slug") && !SlugPattern().IsMatch(input.Slug!))
        {
            errors.Add("slug", "Use lower-case letters, digits and single hyphens.");
        }
        else if (!errors.Has("slug") && IsReserved(input.Slug!))
        {
            errors.Add("slug", "This word is reserved for the organiser pages; choose another slug.");
        }
        errors.Required("title", input.Title);
        errors.MaxLength("title", input.Title, TitleMax);
        errors.MaxLength("summary", input.Summary, TextMax);
        errors.MaxLength("rationale", input.Rationale, TextMax);
        var outcomes = input.ExpectedOutcomes ?? [];
        if (outcomes.Count > 20 || outcomes.Any(o => o is null || o.Length > 1000))
        {
            errors.Add("expectedOutcomes", "At most 20 outcomes of at most 1000 characters each.");
        }
        errors.MaxLength("organiserName", input.OrganiserName, TitleMax);
        if (!string.IsNullOrWhiteSpace(input.OrganiserEmail) && !IsEmail(input.OrganiserEmail))
        {
            errors.Add("organiserEmail", "Must be an email address.");
        }
        if (input.Capacity is < 1 or > 100_000)
        {
            errors.Add("capacity", "Must be between 1 and 100000, or empty for no limit.");
        }
        ReminderOffsetRules.Validate(input.ReminderOffsets, errors);

        var (start, end) = ValidateTimes(input, errors);
        var closes = ValidateClosing(input, start, errors);
        if (!errors.IsValid)
        {
            return errors;
        }

        if (target.StartsAtUtc != start || target.EndsAtUtc != end || target.TimeZoneId != input.TimeZone)
        {
            target.Sequence++;
        }
        target.Slug = input.Slug!;
        target.Title = input.Title!.Trim();
        target.Summary = input.Summary?.Trim() ?? "";
        target.Rationale = input.Rationale?.Trim() ?? "";
        target.ExpectedOutcomes = outcomes.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        target.StartsAtUtc = start;
        target.EndsAtUtc = end;
        target.TimeZoneId = input.TimeZone!;
        target.Capacity = input.Capacity;
        // Left out of a PUT means unchanged, so an older client cannot switch approval off by accident.
        target.RequiresApproval = input.RequiresApproval ?? target.RequiresApproval;
        target.RequiresEmailConfirmation = input.RequiresEmailConfirmation ?? target.RequiresEmailConfirmation;
        // Like capacity, an absent closing time means none: registration then closes at the start.
        target.RegistrationClosesAtUtc = closes;
        target.ReminderOffsetMinutes = input.ReminderOffsets?.OrderDescending().ToList() ?? target.ReminderOffsetMinutes;
        target.OrganiserName = input.OrganiserName?.Trim() ?? "";
        target.OrganiserEmail = input.OrganiserEmail?.Trim() ?? "";
        return errors;
    }

    private static (DateTime Start, DateTime End) ValidateTimes(EventInput input, ValidationErrors errors)
    {
        if (!EventTime.TryFindZone(input.TimeZone, out var zone))
        {
            errors.Add("timeZone", "Must be an IANA time zone such as Europe/Paris.");
            return default;
        }
        if (input.Start is null)
        {
            errors.Add("start", "This field is required.");
        }
        if (input.End is null)
        {
            errors.Add("end", "This field is required.");
        }
        if (input.Start is null || input.End is null)
        {
            return default;
        }
        var start = EventTime.ToUtc(input.Start.Value, zone);
        var end = EventTime.ToUtc(input.End.Value, zone);
        if (start is null)
        {
            errors.Add("start", "This time does not exist in the event's time zone (clocks go forward).");
        }
        if (end is null)
        {
            errors.Add("end", "This time does not exist in the event's time zone (clocks go forward).");
        }
        if (start is not null && end is not null && end <= start)
        {
            errors.Add("end", "The end must be after the start.");
        }
        if (start is not null && end is not null && end - start > TimeSpan.FromDays(14))
        {
            errors.Add("end", "An event lasts at most 14 days.");
        }
        return (start ?? default, end ?? default);
    }

    private static DateTime? ValidateClosing(EventInput input, DateTime start, ValidationErrors errors)
    {
        if (input.RegistrationClosesAt is null || !EventTime.TryFindZone(input.TimeZone, out var zone))
        {
            return null;
        }
        var closes = EventTime.ToUtc(input.RegistrationClosesAt.Value, zone);
        if (closes is null)
        {
            errors.Add("registrationClosesAt", "This time does not exist in the event's time zone (clocks go forward).");
        }
        else if (start != default && closes > start)
        {
            errors.Add("registrationClosesAt", "Registration closes at the start anyway; choose an earlier time or none.");
        }
        return closes;
    }

    /// <summary>Slugs an organiser page address already uses (<c>/organiser/events/new</c>).</summary>
    public static bool IsReserved(string slug) => slug == "new";

    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim()
        && value.Contains('.', StringComparison.Ordinal);
}
