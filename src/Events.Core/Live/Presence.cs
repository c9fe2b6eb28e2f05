namespace Events.Core.Live;

public sealed record PresenceCount(int Total, IReadOnlyDictionary<int, int> ByChannel);

/// <summary>
/// Who is connected to which event now. Each connection is a row (every web instance sees them; evictions find
/// connections through them) and is tallied in this process (<see cref="PresenceTally"/>), so the count shown is
/// adjusted per join, not recounted over the audience; <see cref="ReconcileAsync"/> recounts the rows now and then.
/// </summary>
public sealed class Presence(EventsDbContext db, TimeProvider clock, PresenceTally tally, LiveInstanceIdentity instance)
{
    /// <summary>Records the join; returns the channel counted: the one asked for, else the registration's, else the floor.</summary>
    public async Task<int?> JoinAsync(string connectionId, Participant who, int? channelId, CancellationToken ct)
    {
        await LeaveAsync(connectionId, ct);
        var channels = await db.Channels.Where(c => c.EventId == who.EventId).Select(c => new { c.Id, c.IsFloor }).ToListAsync(ct);
        var registered = who.RegistrationId is { } id
            ? await db.Registrations.Where(r => r.Id == id).Select(r => r.ChannelId).SingleOrDefaultAsync(ct)
            : null;
        channelId = new[] { channelId, registered, channels.FirstOrDefault(c => c.IsFloor)?.Id }
            .FirstOrDefault(c => c is not null && channels.Any(ch => ch.Id == c));
        db.LiveConnections.Add(new LiveConnection
        {
            ConnectionId = connectionId,
            EventId = who.EventId,
            ParticipantKey = who.Key,
            RegistrationId = who.RegistrationId,
            Role = who.Role,
            ChannelId = channelId,
            ConnectedAtUtc = clock.GetUtcNow().UtcDateTime,
            InstanceId = instance.Id,
        });
        await db.SaveChangesAsync(ct);
        tally.Joined(connectionId, who.EventId, who.Key, who.Role, channelId);
        return channelId;
    }

    /// <summary>False when the channel is not one of the event's.</summary>
    public async Task<bool> SwitchChannelAsync(string connectionId, int eventId, int channelId, CancellationToken ct)
    {
        if (!await db.Channels.AnyAsync(c => c.Id == channelId && c.EventId == eventId, ct))
        {
            return false;
        }
        await db.LiveConnections.Where(c => c.ConnectionId == connectionId && c.EventId == eventId && c.DisconnectedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ChannelId, channelId), ct);
        tally.Switched(connectionId, eventId, channelId);
        return true;
    }

    /// <summary>Closes the connection's open rows; returns the event ids it was in.</summary>
    public async Task<IReadOnlyList<int>> LeaveAsync(string connectionId, CancellationToken ct)
    {
        var events = await db.LiveConnections.Where(c => c.ConnectionId == connectionId && c.DisconnectedAtUtc == null)
            .Select(c => c.EventId).Distinct().ToListAsync(ct);
        if (events.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LiveConnections.Where(c => c.ConnectionId == connectionId && c.DisconnectedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DisconnectedAtUtc, now), ct);
        }
        // Also when an eviction closed the row already: the tally still held the connection.
        tally.Left(connectionId);
        return events;
    }

    /// <summary>The count to show now, from the tally; the first time for an event in this process, recounted.</summary>
    public async Task<PresenceCount> FigureAsync(int eventId, CancellationToken ct)
    {
        if (tally.Figure(eventId) is { } figure)
        {
            return figure;
        }
        var counted = await CountAsync(eventId, ct);
        tally.Reconcile(eventId, counted);
        return tally.Figure(eventId) ?? counted;
    }

    /// <summary>
    /// Recounts the event's open rows (every instance's) and makes them the tally's base. A join saved while the count
    /// runs may be counted twice or missed until the next reconcile. True when the figure shown changed.
    /// </summary>
    public async Task<bool> ReconcileAsync(int eventId, CancellationToken ct) => tally.Reconcile(eventId, await CountAsync(eventId, ct));

    /// <summary>People, not tabs: one attendee with two tabs open counts once. Staff are not counted. Reads every open row.</summary>
    public async Task<PresenceCount> CountAsync(int eventId, CancellationToken ct)
    {
        var open = db.LiveConnections.AsNoTracking()
            .Where(c => c.EventId == eventId && c.DisconnectedAtUtc == null && c.Role != ParticipantRole.Staff);
        var total = await open.Select(c => c.ParticipantKey).Distinct().CountAsync(ct);
        var byChannel = await open.Where(c => c.ChannelId != null).GroupBy(c => c.ChannelId!.Value)
            .Select(g => new { Channel = g.Key, People = g.Select(c => c.ParticipantKey).Distinct().Count() })
            .ToDictionaryAsync(g => g.Channel, g => g.People, ct);
        return new PresenceCount(total, byChannel);
    }

    /// <summary>
    /// Closes rows left open by a web process that stopped without saying goodbye. Only safe where a single web
    /// process serves the hub (the SQLite deployment); with several instances their rows are live.
    /// </summary>
    public Task CloseAllOpenAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.LiveConnections.Where(c => c.DisconnectedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.DisconnectedAtUtc, now), ct);
    }
}
