namespace Events.Core.Interpretation;

public sealed class InterpretationChannel
{
    public int Id { get; set; }
    public int EventId { get; set; }

    /// <summary>BCP 47 language tag, e.g. <c>fr</c>.</summary>
    public required string LanguageCode { get; set; }
    public required string Label { get; set; }
    public bool IsFloor { get; set; }
    public string? JoinUrl { get; set; }
    public List<string> Interpreters { get; set; } = [];
    public bool IsLive { get; set; }
}
