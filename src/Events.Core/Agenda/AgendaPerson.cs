using Events.Core.Speakers;

namespace Events.Core.Agenda;

public sealed class AgendaPerson
{
    public int Id { get; set; }
    public int AgendaItemId { get; set; }
    public int SpeakerId { get; set; }
    public Speaker? Speaker { get; set; }
    public AgendaRole Role { get; set; }

    /// <summary>What this person speaks about in this slot.</summary>
    public string Topic { get; set; } = "";

    /// <summary>This item's texts in the event's other languages.</summary>
    public Translations Translations { get; set; } = new();
}
