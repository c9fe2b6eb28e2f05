namespace Events.Core.Retention;

/// <summary>Reading and changing an event's retention period; the organiser API and the privacy page both call it.</summary>
public sealed class RetentionPeriod(EventsDbContext db, IOptions<RetentionOptions> options, TimeProvider clock)
{
    public async Task<RetentionStatus?> FindAsync(string slugOrId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindBySlugOrIdAsync(slugOrId, ct);
        return ev is null ? null : await StatusAsync(ev, ct);
    }

    /// <summary>Sets the event's own period; null returns it to the site's default.</summary>
    public async Task<RetentionResult> SaveAsync(string slugOrId, int? days, CancellationToken ct)
    {
        var ev = await db.Events.FindBySlugOrIdAsync(slugOrId, ct);
        if (ev is null)
        {
            return RetentionResult.NotFound();
        }
        var errors = RetentionRules.Check(days, options.Value);
        if (!errors.IsValid)
        {
            return new(RetentionOutcome.Invalid, await StatusAsync(ev, ct), errors);
        }
        ev.PersonalDataRetentionDays = days;
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new(RetentionOutcome.Saved, await StatusAsync(ev, ct), errors);
    }

    /// <summary>An event's data may go once it has ended, or at once when it was cancelled.</summary>
    public bool MayEraseNow(Event ev) => ev.Status == EventStatus.Cancelled || ev.EndsAtUtc <= clock.GetUtcNow().UtcDateTime;

    public async Task<RetentionStatus> StatusAsync(Event ev, CancellationToken ct)
    {
        var o = options.Value;
        var registrations = await db.Registrations.CountAsync(r => r.EventId == ev.Id, ct);
        return new RetentionStatus(ev.Id, ev.Slug, ev.Title, ev.TimeZoneId, ev.PersonalDataRetentionDays, o.DaysFor(ev), o.DefaultDays,
            o.MinDays, o.MaxDays, ev.EndsAtUtc, o.ErasesAtUtc(ev), ev.PersonalDataErasedAtUtc,
            ev.PersonalDataErasedAtUtc is null && MayEraseNow(ev), registrations);
    }
}
