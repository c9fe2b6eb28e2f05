using Events.Core.Briefing;

namespace Events.Core.Interpretation;

public sealed class InterpretationChannel
{
    public int Id { get; set; }
    public int EventId { get; set; }

    /// <summary>Where the channel stands in the list: the order the organiser entered them in.</summary>
    public int Position { get; set; }

    /// <summary>BCP 47 language tag, e.g. <c>fr</c>.</summary>
    public required string LanguageCode { get; set; }
    public required string Label { get; set; }

    /// <summary>This item's texts in the event's other languages.</summary>
    public Translations Translations { get; set; } = new();
    public bool IsFloor { get; set; }
    public string? JoinUrl { get; set; }
    public bool IsLive { get; set; }

    /// <summary>The event's interpreters working on this channel (the one list, kept on the Interpreters page).</summary>
    public List<Interpreter> Interpreters { get; set; } = [];
}
