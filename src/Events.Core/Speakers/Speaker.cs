namespace Events.Core.Speakers;

public sealed class Speaker
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public required string Name { get; set; }
    public string Title { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string Bio { get; set; } = "";

    /// <summary>This item's texts in the event's other languages.</summary>
    public Translations Translations { get; set; } = new();
    public string? PhotoUrl { get; set; }

    /// <summary>For the organiser's own use; never part of a public response.</summary>
    public string? Email { get; set; }
}
