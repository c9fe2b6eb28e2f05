using Events.Core.Live;

namespace Events.Core.Attendance;

/// <summary>Derives who attended, and for how long, from the live page's connection rows.</summary>
public sealed class AttendanceRegister(EventsDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock)
{
    /// <summary>One record per registration that ever joined; registrants who never joined are absent from it.</summary>
    public async Task<IReadOnlyDictionary<int, AttendanceRecord>> ForEventAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new { e.EndsAtUtc, e.LiveEndedAtUtc, e.AttendanceThresholdMinutes }).SingleAsync(ct);
        var threshold = TimeSpan.FromMinutes(ev.AttendanceThresholdMinutes ?? options.Value.ThresholdMinutes);
        var openUntil = OpenUntil(ev.LiveEndedAtUtc ?? ev.EndsAtUtc);
        var rows = await AttendeeConnections(eventId).ToListAsync(ct);
        return rows.GroupBy(c => c.RegistrationId!.Value).ToDictionary(g => g.Key, g =>
        {
            var seconds = (int)Intervals.TotalLength(g.Select(c => ToInterval(c, openUntil))).TotalSeconds;
            var lastLeave = g.Any(c => c.DisconnectedAtUtc is null) ? null : g.Max(c => c.DisconnectedAtUtc);
            return new AttendanceRecord(g.Key, g.Min(c => c.ConnectedAtUtc), lastLeave, seconds, seconds >= threshold.TotalSeconds);
        });
    }

    /// <summary>Each attendee's presence intervals, for counting how many were there at once.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<Interval>>> IntervalsByAttendeeAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.EndsAtUtc, e.LiveEndedAtUtc }).SingleAsync(ct);
        var openUntil = OpenUntil(ev.LiveEndedAtUtc ?? ev.EndsAtUtc);
        var rows = await AttendeeConnections(eventId).ToListAsync(ct);
        return rows.GroupBy(c => c.RegistrationId!.Value)
            .Select(g => (IReadOnlyList<Interval>)g.Select(c => ToInterval(c, openUntil)).ToList()).ToList();
    }

    private IQueryable<LiveConnection> AttendeeConnections(int eventId) => db.LiveConnections.AsNoTracking()
        .Where(c => c.EventId == eventId && c.Role == ParticipantRole.Attendee && c.RegistrationId != null);

    // A connection still open counts up to now, but not past the event's end: a tab left open overnight is not presence.
    private DateTime OpenUntil(DateTime eventEndUtc)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now < eventEndUtc ? now : eventEndUtc;
    }

    private static Interval ToInterval(LiveConnection c, DateTime openUntil) => new(c.ConnectedAtUtc, c.DisconnectedAtUtc ?? openUntil);
}
