namespace Events.Core.Agenda;

public sealed record AgendaItemInput(
    AgendaItemKind? Kind,
    string? Title,
    string? Description,
    DateTime? Start,
    int? DurationMinutes,
    List<AgendaPersonInput>? People,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

/// <summary><see cref="Translations"/> holds the topic in other languages (<c>{"fr": {"Topic": "…"}}</c>); left out keeps this speaker's.</summary>
public sealed record AgendaPersonInput(int SpeakerId, AgendaRole Role, string? Topic,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);
