namespace Events.Core.Speakers;

/// <summary>
/// What a speaker change came to: <see cref="Found"/> false when the event or speaker is unknown, otherwise
/// <see cref="Errors"/> holds the broken rules (nothing saved) or is valid (saved).
/// <see cref="AgendaItemsLeft"/>: on removal, how many agenda items the speaker was taken off.
/// </summary>
public sealed record SpeakerOutcome(ValidationErrors Errors, Speaker? Speaker = null, int AgendaItemsLeft = 0)
{
    public bool Found => Speaker is not null;

    public bool Saved => Found && Errors.IsValid;

    public static SpeakerOutcome Missing() => new(new ValidationErrors());
}
