using Events.Core.Teams;

namespace Events.Core.Live;

/// <summary>
/// Whose open connections lose their place when access is withdrawn: a cancelled or erased registration, a team
/// member removed, guests once open Q&amp;A is switched off. Their rows are closed (they no longer count as present)
/// and the hub drops them from its groups.
/// </summary>
public sealed class LiveEvictions(EventsDbContext db, ILiveEviction hub, TimeProvider clock)
{
    /// <summary>Finds the connections first: an erasure deletes the rows that name them.</summary>
    public Task<List<LiveConnection>> OfRegistrationAsync(int registrationId, CancellationToken ct) =>
        Open().Where(c => c.RegistrationId == registrationId).ToListAsync(ct);

    public async Task RegistrationAsync(int registrationId, CancellationToken ct) =>
        await EvictAsync(await OfRegistrationAsync(registrationId, ct), ct);

    public async Task GuestsAsync(int eventId, CancellationToken ct) =>
        await EvictAsync(await Open().Where(c => c.EventId == eventId && c.Role == ParticipantRole.Guest).ToListAsync(ct), ct);

    /// <summary>
    /// A team member's staff connections to the scope's events that no membership still covers (a site administrator
    /// keeps them all: the caller says so).
    /// </summary>
    public async Task StaffAsync(string userId, TeamScope scope, bool administrator, CancellationToken ct)
    {
        if (administrator)
        {
            return;
        }
        var key = Participant.StaffKey(userId);
        var events = scope.ForumId is { } forumId
            ? db.Events.Where(e => e.ForumId == forumId)
            : db.Events.Where(e => e.Id == scope.EventId);
        var stillStaff = db.Events.Where(e => db.TeamMembers.Any(m => m.UserId == userId
            && (m.EventId == e.Id || (e.ForumId != null && m.ForumId == e.ForumId)))).Select(e => e.Id);
        var lost = events.Select(e => e.Id).Where(id => !stillStaff.Contains(id));
        await EvictAsync(await Open().Where(c => c.ParticipantKey == key && lost.Contains(c.EventId)).ToListAsync(ct), ct);
    }

    public async Task EvictAsync(IReadOnlyList<LiveConnection> connections, CancellationToken ct)
    {
        if (connections.Count == 0)
        {
            return;
        }
        var ids = connections.Select(c => c.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.LiveConnections.Where(c => ids.Contains(c.Id) && c.DisconnectedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DisconnectedAtUtc, now), ct);
        await hub.EvictAsync(connections, ct);
    }

    private IQueryable<LiveConnection> Open() => db.LiveConnections.AsNoTracking().Where(c => c.DisconnectedAtUtc == null);
}
