using Events.Core.Briefing;
using Events.Core.FollowUps;
using Event = Events.Core.Events.Event;

namespace Events.Core.EventChanges;

/// <summary>
/// Moves the briefing and follow-up jobs when an event's times or status change, whichever page, endpoint or
/// job saved the change: watching the save keeps every path that edits an event from having to remember.
/// </summary>
internal sealed class EventMoveInterceptor(IServiceProvider services) : Data.AfterSaveInterceptor
{
    private static readonly string[] Watched =
        [nameof(Event.StartsAtUtc), nameof(Event.EndsAtUtc), nameof(Event.Status), nameof(Event.Sequence), nameof(Event.BriefingHoursBefore)];

    private List<Event> _moved = [];

    protected override void Collect(DbContext? context)
    {
        _moved = context?.ChangeTracker.Entries<Event>()
            .Where(e => e.State == EntityState.Added
                || e.State == EntityState.Modified && Watched.Any(p => e.Property(p).IsModified))
            .Select(e => e.Entity).ToList() ?? [];
    }

    protected override async Task AfterSaveAsync(DbContext? context, CancellationToken ct)
    {
        if (_moved.Count == 0 || context is not Data.EventsDbContext db)
        {
            return;
        }
        var moved = _moved;
        _moved = [];
        var briefings = services.GetRequiredService<BriefingScheduler>();
        var followUps = services.GetRequiredService<FollowUpScheduler>();
        foreach (var ev in moved)
        {
            briefings.Reschedule(ev);
            var draft = await db.FollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
            followUps.Reschedule(ev, draft);
        }
    }
}
