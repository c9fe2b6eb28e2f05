namespace Events.Core.Briefing;

/// <summary><see cref="ScheduledForUtc"/> is when the automatic briefing goes (null once past); counts come from the ledger.</summary>
public sealed record BriefingStatus(DateTime? ScheduledForUtc, int Interpreters, int Sent, int Failed);

/// <summary>Where the briefing stands, and a fresh copy for every interpreter on the organiser's word.</summary>
public sealed class BriefingDesk(EventsDbContext db, BriefingScheduler scheduler, TimeProvider clock)
{
    public async Task<BriefingStatus> StatusAsync(Event ev, CancellationToken ct)
    {
        var at = scheduler.SendsAtUtc(ev);
        var ledger = await db.EmailDeliveries.AsNoTracking().Where(d => d.EventId == ev.Id && d.Kind == EmailKind.InterpreterBriefing)
            .Select(d => d.Status).ToListAsync(ct);
        return new BriefingStatus(at > clock.GetUtcNow().UtcDateTime ? at : null,
            await db.Interpreters.CountAsync(i => i.EventId == ev.Id, ct),
            ledger.Count(s => s == EmailDeliveryStatus.Sent), ledger.Count(s => s == EmailDeliveryStatus.Failed));
    }

    /// <summary>Queues the briefing for every interpreter and gives how many it reaches; refused while there are none.</summary>
    public async Task<(int Reached, ValidationErrors Errors)> SendNowAsync(Event ev, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var count = await db.Interpreters.CountAsync(i => i.EventId == ev.Id, ct);
        if (count == 0)
        {
            errors.Add("interpreters", "The event has no interpreters to brief yet.");
            return (0, errors);
        }
        scheduler.SendNow(ev.Id);
        return (count, errors);
    }
}
