using Events.Core.Briefing;
using Events.Core.FollowUps;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Event = Events.Core.Events.Event;

namespace Events.Core.EventChanges;

/// <summary>
/// Moves the briefing and follow-up jobs when an event's times or status change, whichever page, endpoint or
/// job saved the change: watching the save keeps every path that edits an event from having to remember.
/// </summary>
internal sealed class EventMoveInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private static readonly string[] Watched =
        [nameof(Event.StartsAtUtc), nameof(Event.EndsAtUtc), nameof(Event.Status), nameof(Event.Sequence), nameof(Event.BriefingHoursBefore)];

    private List<Event> _moved = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RescheduleAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await RescheduleAsync(eventData.Context, cancellationToken);
        return result;
    }

    private void Collect(DbContext? context)
    {
        _moved = context?.ChangeTracker.Entries<Event>()
            .Where(e => e.State == EntityState.Added
                || e.State == EntityState.Modified && Watched.Any(p => e.Property(p).IsModified))
            .Select(e => e.Entity).ToList() ?? [];
    }

    private async Task RescheduleAsync(DbContext? context, CancellationToken ct)
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
