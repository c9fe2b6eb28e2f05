namespace Events.Core.Registrations;

/// <summary>The public form. <see cref="Website"/> is the honeypot: people never see it, bots fill it.</summary>
public sealed record RegistrationInput(
    string? Name,
    string? Email,
    string? Language,
    int? ChannelId,
    string? Organisation,
    string? AccessibilityNeeds,
    bool Consent,
    string? Website = null);
