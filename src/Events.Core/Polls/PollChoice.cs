namespace Events.Core.Polls;

public sealed class PollChoice
{
    public int Id { get; set; }
    public int PollId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public Translations Translations { get; set; } = new();

    /// <summary>How many answers include this choice: recounted from the answers after each change, kept after they are erased.</summary>
    public int Count { get; set; }
}
