namespace Events.Core.Teams;

/// <summary>Which team: a forum's or an event's (exactly one id is set).</summary>
public sealed record TeamScope(int? ForumId, int? EventId)
{
    public static TeamScope Forum(int forumId) => new(forumId, null);

    public static TeamScope Event(int eventId) => new(null, eventId);

    public IQueryable<TeamMember> Members(IQueryable<TeamMember> all) =>
        ForumId is { } forumId ? all.Where(m => m.ForumId == forumId) : all.Where(m => m.EventId == EventId);
}
