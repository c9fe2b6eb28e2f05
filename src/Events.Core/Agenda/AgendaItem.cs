namespace Events.Core.Agenda;

public sealed class AgendaItem
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int Position { get; set; }
    public AgendaItemKind Kind { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";

    /// <summary>This item's texts in the event's other languages.</summary>
    public Translations Translations { get; set; } = new();
    public DateTime StartsAtUtc { get; set; }
    public int DurationMinutes { get; set; }
    public List<AgendaPerson> People { get; set; } = [];

    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);
}
