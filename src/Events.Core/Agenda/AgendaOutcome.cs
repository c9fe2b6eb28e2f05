namespace Events.Core.Agenda;

/// <summary>
/// What an agenda change came to: <see cref="Found"/> false when the event or item is unknown,
/// otherwise <see cref="Errors"/> holds the broken rules (nothing saved) or is valid (saved).
/// </summary>
public sealed record AgendaOutcome(ValidationErrors Errors, Event? Event = null, AgendaItem? Item = null)
{
    public bool Found => Event is not null;

    public bool Saved => Found && Errors.IsValid;

    public static AgendaOutcome Missing() => new(new ValidationErrors());
}
