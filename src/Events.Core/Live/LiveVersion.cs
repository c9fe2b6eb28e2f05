using System.Linq.Expressions;

namespace Events.Core.Live;

/// <summary>
/// An event's <see cref="Event.LiveVersion"/>: what a joining page is shown alike is built once per version and shared.
/// Kept in the database, so every web instance agrees on it: an instance whose cache holds an older version than the
/// one it reads rebuilds, whichever instance made the change.
/// </summary>
public static class LiveVersion
{
    /// <summary>
    /// Read after the joining connection is in the event's groups: a change bumped later is broadcast later, so the
    /// page hears of it; a change bumped earlier was saved earlier, so a build for this version already holds it.
    /// </summary>
    public static Task<long> ReadAsync(EventsDbContext db, int eventId, CancellationToken ct) =>
        db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.LiveVersion).SingleAsync(ct);

    /// <summary>Raises the version of the events matched. Call it after the change is saved, never before.</summary>
    public static Task BumpAsync(EventsDbContext db, Expression<Func<Event, bool>> events, CancellationToken ct) =>
        db.Events.Where(events).ExecuteUpdateAsync(s => s.SetProperty(e => e.LiveVersion, e => e.LiveVersion + 1), ct);
}
