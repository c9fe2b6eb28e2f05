namespace Events.Core.Forums;

/// <summary>What the public reads of forums: the list, one forum, and its public events by date with their places.</summary>
public sealed class ForumQueries(EventsDbContext db, TimeProvider clock)
{
    public Task<List<Forum>> ListAsync(CancellationToken ct) =>
        db.Forums.AsNoTracking().OrderByDescending(f => f.StartsOn).ThenBy(f => f.Slug).ToListAsync(ct);

    public Task<Forum?> FindAsync(string slug, CancellationToken ct) =>
        db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Slug == slug, ct);

    /// <summary>The forum's public events by start, each with its places; <paramref name="language"/> keeps those offering it.</summary>
    public async Task<List<ForumSession>> SessionsAsync(int forumId, string? language, CancellationToken ct)
    {
        var events = (await db.Events.AsNoTracking().Where(e => e.ForumId == forumId).ToListAsync(ct))
            .Where(e => e.IsPublic && (string.IsNullOrEmpty(language) || e.Languages.Contains(language)))
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id).ToList();
        var ids = events.Select(e => e.Id).ToList();
        var counts = await db.Registrations.Where(r => ids.Contains(r.EventId))
            .GroupBy(r => new { r.EventId, r.Status, r.StatusOnceEmailConfirmed })
            .Select(g => new { g.Key.EventId, g.Key.Status, g.Key.StatusOnceEmailConfirmed, Count = g.Count() }).ToListAsync(ct);
        int Count(int eventId, RegistrationStatus status) => counts.Where(c => c.EventId == eventId && (c.Status == status
            || (c.Status == RegistrationStatus.Unconfirmed && c.StatusOnceEmailConfirmed == status))).Sum(c => c.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        return events.Select(e =>
        {
            int? left = e.Capacity is { } capacity ? Math.Max(0, capacity - Count(e.Id, RegistrationStatus.Confirmed)) : null;
            var state = !e.IsOpenForRegistration(now) ? SessionState.Closed : left == 0 ? SessionState.WaitingList : SessionState.Open;
            return new ForumSession(e, left, Count(e.Id, RegistrationStatus.WaitingList), state);
        }).ToList();
    }
}
