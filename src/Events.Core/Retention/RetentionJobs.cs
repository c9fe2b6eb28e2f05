namespace Events.Core.Retention;

/// <summary>Finds the ended events whose period has run out and hands each to <see cref="PersonalDataEraser"/>.</summary>
public sealed class RetentionJobs(EventsDbContext db, PersonalDataEraser eraser, IOptions<RetentionOptions> options, TimeProvider clock)
    : IRetentionJobs
{
    public const string RecurringId = "retention:erase-due";
    private static readonly string SystemName = new Audit.SystemActor().Name;

    public async Task<int> EraseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ended = await db.Events.Where(e => e.PersonalDataErasedAtUtc == null && e.EndsAtUtc <= now)
            .OrderBy(e => e.EndsAtUtc).ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var ev in ended.Where(e => options.Value.ErasesAtUtc(e) <= now))
        {
            // A job run by the web host has no signed-in person: it is the system that erases.
            var result = await eraser.EraseAsync(ev, cancellationToken, SystemName);
            erased += result.Outcome == RetentionOutcome.Erased ? 1 : 0;
        }
        return erased;
    }
}
