namespace Events.Core.Readings;

public sealed class Reading
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int Position { get; set; }
    public string Authors { get; set; } = "";
    public int? Year { get; set; }
    public required string Title { get; set; }
    public string Publisher { get; set; } = "";
    public string? Url { get; set; }
    public string? Doi { get; set; }
    public string Note { get; set; } = "";

    /// <summary>The note in the event's other languages; the citation stays as published in the event's other languages.</summary>
    public Translations Translations { get; set; } = new();

    /// <summary>A link to follow: the URL, else the DOI resolver.</summary>
    public string? Link => Url ?? (Doi is null ? null : "https://doi.org/" + Doi);

    /// <summary>Author (Year) Title. Publisher. — as in the concept note's end notes.</summary>
    public string Citation()
    {
        var parts = new List<string>();
        var head = string.IsNullOrWhiteSpace(Authors) ? "" : Authors.Trim();
        if (Year is not null)
        {
            head = head.Length == 0 ? $"({Year})" : $"{head} ({Year})";
        }
        if (head.Length > 0)
        {
            parts.Add(head);
        }
        parts.Add(Title.Trim().TrimEnd('.') + ".");
        if (!string.IsNullOrWhiteSpace(Publisher))
        {
            parts.Add(Publisher.Trim().TrimEnd('.') + ".");
        }
        if (Doi is not null)
        {
            parts.Add("doi: " + Doi);
        }
        return string.Join(' ', parts);
    }
}
