namespace Events.Core.Forums;

public enum ForumEditOutcome
{
    Saved,
    Invalid,
    NotFound,
}

public sealed record ForumEditResult(ForumEditOutcome Outcome, Forum? Forum, ValidationErrors Errors)
{
    public const string SlugTakenMessage = "Another forum already uses this slug.";

    public static ForumEditResult Saved(Forum forum) => new(ForumEditOutcome.Saved, forum, new ValidationErrors());

    public static ForumEditResult Invalid(ValidationErrors errors) => new(ForumEditOutcome.Invalid, null, errors);

    public static ForumEditResult NotFound() => new(ForumEditOutcome.NotFound, null, new ValidationErrors());
}
