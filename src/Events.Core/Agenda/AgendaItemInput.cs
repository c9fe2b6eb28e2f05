namespace Events.Core.Agenda;

public sealed record AgendaItemInput(
    AgendaItemKind? Kind,
    string? Title,
    string? Description,
    DateTime? Start,
    int? DurationMinutes,
    List<AgendaPersonInput>? People);

public sealed record AgendaPersonInput(int SpeakerId, AgendaRole Role, string? Topic);
