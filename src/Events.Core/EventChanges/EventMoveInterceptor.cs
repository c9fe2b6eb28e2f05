using Events.Core.Briefing;
using Events.Core.FollowUps;
using Event = Events.Core.Events.Event;

namespace Events.Core.EventChanges;

/// <summary>
/// Moves the briefing and follow-up jobs when an event's times or status change, whichever page, endpoint or
/// job saved the change: watching the save keeps every path that edits an event from having to remember.
/// </summary>
internal sealed class EventMoveInterceptor(IServiceScopeFactory scopes) : Data.AfterSaveInterceptor<List<Event>>
{
    private static readonly string[] Watched =
        [nameof(Event.StartsAtUtc), nameof(Event.EndsAtUtc), nameof(Event.Status), nameof(Event.Sequence), nameof(Event.BriefingHoursBefore)];

    protected override List<Event>? Collect(DbContext context)
    {
        var moved = context.ChangeTracker.Entries<Event>()
            .Where(e => e.State == EntityState.Added
                || e.State == EntityState.Modified && Watched.Any(p => e.Property(p).IsModified))
            .Select(e => e.Entity).ToList();
        return moved.Count == 0 ? null : moved;
    }

    protected override async Task AfterSaveAsync(DbContext context, List<Event> moved, CancellationToken ct)
    {
        if (context is not Data.EventsDbContext db)
        {
            return;
        }
        // The schedulers hold nothing of the save's scope (job client, job storage, clock): a scope of their own serves.
        await using var scope = scopes.CreateAsyncScope();
        var briefings = scope.ServiceProvider.GetRequiredService<BriefingScheduler>();
        var followUps = scope.ServiceProvider.GetRequiredService<FollowUpScheduler>();
        foreach (var ev in moved)
        {
            briefings.Reschedule(ev);
            var draft = await db.FollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
            followUps.Reschedule(ev, draft);
        }
    }
}
