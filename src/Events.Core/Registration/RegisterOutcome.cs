namespace Events.Core.Registrations;

public sealed record RegisterOutcome(RegisterResult Result, Validation.ValidationErrors Errors, Registration? Registration)
{
    public bool Created => Result == RegisterResult.Registered;
}
