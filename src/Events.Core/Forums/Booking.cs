namespace Events.Core.Forums;

/// <summary>One person's registration for several sessions of a forum at once; each session keeps its own <see cref="Registration"/>.</summary>
public sealed class Booking
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string Language { get; set; } = "en";
    public DateTime CreatedAtUtc { get; set; }
}
