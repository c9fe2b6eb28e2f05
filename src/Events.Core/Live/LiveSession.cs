namespace Events.Core.Live;

public enum SessionCommand
{
    Start,
    Next,
    Previous,
    End,
}

/// <summary>The moderator's run of the hour: start, move along the agenda, end; and channels on air.</summary>
public sealed class LiveSession(EventsDbContext db, TimeProvider clock)
{
    /// <summary>Applies the command; null when it does not fit the event's state (e.g. Next before Start).</summary>
    public async Task<Event?> RunAsync(int eventId, SessionCommand command, CancellationToken ct)
    {
        var ev = await db.Events.SingleAsync(e => e.Id == eventId, ct);
        var items = await db.AgendaItems.Where(a => a.EventId == eventId).OrderBy(a => a.StartsAtUtc).Select(a => a.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var index = ev.CurrentAgendaItemId is { } current ? items.IndexOf(current) : -1;
        switch (command)
        {
            case SessionCommand.Start when ev.Status == EventStatus.Published:
                ev.Status = EventStatus.Live;
                ev.LiveStartedAtUtc = now;
                ev.CurrentAgendaItemId = items.Count > 0 ? items[0] : null;
                break;
            case SessionCommand.Next when ev.Status == EventStatus.Live && index + 1 < items.Count:
                ev.CurrentAgendaItemId = items[index + 1];
                break;
            case SessionCommand.Previous when ev.Status == EventStatus.Live && index > 0:
                ev.CurrentAgendaItemId = items[index - 1];
                break;
            case SessionCommand.End when ev.Status == EventStatus.Live:
                ev.Status = EventStatus.Ended;
                ev.LiveEndedAtUtc = now;
                ev.CurrentAgendaItemId = null;
                break;
            default:
                return null;
        }
        ev.UpdatedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return ev;
    }

    /// <summary>Puts a channel on or off air; null if it is not one of the event's channels.</summary>
    public async Task<Interpretation.InterpretationChannel?> SetChannelLiveAsync(int eventId, int channelId, bool live, CancellationToken ct)
    {
        var channel = await db.Channels.SingleOrDefaultAsync(c => c.Id == channelId && c.EventId == eventId, ct);
        if (channel is null)
        {
            return null;
        }
        channel.IsLive = live;
        await db.SaveChangesAsync(ct);
        return channel;
    }
}
