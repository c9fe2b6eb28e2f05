namespace Events.Core.Forums;

/// <summary>A series of thematic events (e.g. a yearly forum) under one public page and one team.</summary>
public sealed class Forum
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>The language the title and summary are written in; the others are in <see cref="Translations"/>.</summary>
    public string OriginalLanguage { get; set; } = "en";
    public Translations Translations { get; set; } = new();

    /// <summary>Where replies to the emails of the forum's events go; null sends them to each event's organiser.</summary>
    public string? ReplyToAddress { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<Event> Events { get; set; } = [];
}
