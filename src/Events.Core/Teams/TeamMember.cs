namespace Events.Core.Teams;

/// <summary>One person's role on one team: a forum's (covering all its events) or a single event's.</summary>
public sealed class TeamMember
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int? ForumId { get; set; }
    public int? EventId { get; set; }
    public TeamRole Role { get; set; }
    public DateTime AddedAtUtc { get; set; }
}
