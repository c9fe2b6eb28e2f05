namespace Events.Core.Validation;

/// <summary>What an organiser's add or edit came to: the saved item, the broken rules, or nothing found to edit.</summary>
public sealed record EditResult<T>(T? Value, ValidationErrors Errors, bool Found = true) where T : class
{
    public bool IsValid => Found && Errors.IsValid;
}

public static class EditResult
{
    public static EditResult<T> Saved<T>(T value) where T : class => new(value, new ValidationErrors());

    public static EditResult<T> Invalid<T>(ValidationErrors errors) where T : class => new(null, errors);

    public static EditResult<T> NotFound<T>() where T : class => new(null, new ValidationErrors(), Found: false);
}
