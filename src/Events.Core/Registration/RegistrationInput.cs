namespace Events.Core.Registrations;

/// <summary>
/// The public form. <see cref="Website"/> is the honeypot: people never see it, bots fill it.
/// <see cref="Answers"/> holds the custom questions' answers keyed by question id.
/// </summary>
public sealed record RegistrationInput(
    string? Name,
    string? Email,
    string? Language,
    int? ChannelId,
    string? Organisation,
    string? AccessibilityNeeds,
    bool Consent,
    string? Website = null,
    Dictionary<string, string?>? Answers = null);
