namespace Events.Core.Retention;

/// <summary>The bounds on an event's own retention period, for the organiser API and the privacy page alike.</summary>
public static class RetentionRules
{
    public const string Field = "personalDataRetentionDays";

    /// <summary>Null (the site's default) always holds; a number must lie within the site's bounds.</summary>
    public static ValidationErrors Check(int? days, RetentionOptions options)
    {
        var errors = new ValidationErrors();
        if (days is { } n && (n < options.MinDays || n > options.MaxDays))
        {
            errors.Add(Field, FormattableString.Invariant($"Must be between {options.MinDays} and {options.MaxDays} days."));
        }
        return errors;
    }
}
