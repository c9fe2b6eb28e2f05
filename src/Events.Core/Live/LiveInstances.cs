namespace Events.Core.Live;

/// <summary>
/// Heartbeats of the web instances and the rows of the dead ones. An instance killed (or cut off) cannot close its
/// connection rows: they would count people who left, forever, and give them an attendance with no end. Each instance
/// beats on every presence recount; rows of an instance silent for longer than the grace period are closed at its last
/// beat, the latest moment it was known to hold them.
/// </summary>
public sealed class LiveInstances(EventsDbContext db, LiveInstanceIdentity self, TimeProvider clock)
{
    public async Task BeatAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.LiveInstances.Where(i => i.Id == self.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SeenAtUtc, now), ct) == 0)
        {
            db.LiveInstances.Add(new LiveInstance { Id = self.Id, SeenAtUtc = now });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Closes the open rows of instances not seen for <paramref name="grace"/>, and rows older than that of no known
    /// instance (one that died before its first beat, or rows written before instances were recorded); forgets the
    /// dead instances. Returns how many rows it closed; the recount that follows takes them out of the figures.
    /// </summary>
    public async Task<int> CloseAbandonedAsync(TimeSpan grace, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - grace;
        var closed = 0;
        var dead = await db.LiveInstances.AsNoTracking().Where(i => i.Id != self.Id && i.SeenAtUtc < cutoff).ToListAsync(ct);
        foreach (var instance in dead)
        {
            var rows = db.LiveConnections.Where(c => c.InstanceId == instance.Id && c.DisconnectedAtUtc == null);
            DateTime? lastSeen = instance.SeenAtUtc;
            closed += await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.DisconnectedAtUtc, lastSeen), ct);
            await db.LiveInstances.Where(i => i.Id == instance.Id && i.SeenAtUtc < cutoff).ExecuteDeleteAsync(ct);
        }
        var orphans = db.LiveConnections.Where(c => c.DisconnectedAtUtc == null && c.ConnectedAtUtc < cutoff
            && c.InstanceId != self.Id && !db.LiveInstances.Any(i => i.Id == c.InstanceId));
        DateTime? closedAt = now;
        return closed + await orphans.ExecuteUpdateAsync(s => s.SetProperty(c => c.DisconnectedAtUtc, closedAt), ct);
    }
}
