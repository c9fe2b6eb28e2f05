namespace Events.Core.Registrations;

public enum QuestionResult
{
    Done,
    NotFound,
    Invalid,
    TooMany,
}

/// <summary>What became of a change to an event's registration questions; <see cref="Question"/> when one was saved.</summary>
public sealed record QuestionOutcome(QuestionResult Result, ValidationErrors Errors, RegistrationQuestion? Question = null)
{
    public static QuestionOutcome Of(QuestionResult result) => new(result, new ValidationErrors());
}
