namespace Events.Core.Forums;

/// <summary>The forum's one form: the sessions ticked (event slugs) and the person. <see cref="Website"/> is the honeypot.</summary>
public sealed record BookingInput(
    IReadOnlyList<string>? Sessions,
    string? Name,
    string? Email,
    string? Language,
    bool Consent,
    string? Website = null)
{
    public RegistrationInput ForSession() => new(Name, Email, Language, null, null, null, Consent, Website);
}
