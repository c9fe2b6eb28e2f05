namespace Events.Core.FollowUps;

/// <summary>
/// The follow-up's use cases for both doors (API and organiser page): save the draft, schedule, unschedule, send now.
/// The follow-up never goes before the event has ended: it tells people what they missed.
/// </summary>
public sealed class FollowUpPlanner(EventsDbContext db, FollowUpScheduler scheduler, IOptions<FollowUpOptions> options, TimeProvider clock)
{
    public const int MaxMinutesAfterEnd = 60 * 24 * 60;

    /// <summary>Ended by the moderators or past its end time.</summary>
    public static bool HasEnded(Event ev, DateTime nowUtc) => ev.Status == EventStatus.Ended || nowUtc >= ev.EndsAtUtc;

    public async Task<ValidationErrors> SaveDraftAsync(Event ev, FollowUpInput input, CancellationToken ct)
    {
        var draft = await db.FollowUps.Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        var isNew = draft is null;
        draft ??= new FollowUpDraft { EventId = ev.Id };
        var errors = input.ApplyTo(draft);
        if (!errors.IsValid)
        {
            return errors;
        }
        draft.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.FollowUps.Add(draft);
        }
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Schedules the follow-up <paramref name="minutesAfterEnd"/> (or the configured default) after the end.</summary>
    public async Task<FollowUpOutcome> ScheduleAsync(Event ev, int? minutesAfterEnd, CancellationToken ct)
    {
        var minutes = minutesAfterEnd ?? options.Value.DefaultMinutesAfterEnd;
        var draft = await db.FollowUps.SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        var refused = draft is null ? FollowUpResult.NoDraft : minutes switch
        {
            < 0 => FollowUpResult.BeforeTheEnd,
            > MaxMinutesAfterEnd => FollowUpResult.TooLate,
            _ => Refusal(ev),
        };
        if (refused is not null)
        {
            return new FollowUpOutcome(refused.Value, ev.EndsAtUtc);
        }
        draft!.SendAfterEndMinutes = minutes;
        await db.SaveChangesAsync(ct);
        scheduler.Reschedule(ev, draft);
        return new FollowUpOutcome(FollowUpResult.Done, ev.EndsAtUtc, FollowUpScheduler.SendsAtUtc(ev, draft));
    }

    public async Task UnscheduleAsync(Event ev, CancellationToken ct)
    {
        var draft = await db.FollowUps.SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        if (draft is not null)
        {
            draft.SendAfterEndMinutes = null;
            await db.SaveChangesAsync(ct);
        }
        scheduler.Reschedule(ev, draft);
    }

    public async Task<FollowUpOutcome> SendNowAsync(Event ev, CancellationToken ct)
    {
        if (!await db.FollowUps.AnyAsync(f => f.EventId == ev.Id, ct))
        {
            return new FollowUpOutcome(FollowUpResult.NoDraft, ev.EndsAtUtc);
        }
        var refused = Refusal(ev) ?? (HasEnded(ev, clock.GetUtcNow().UtcDateTime) ? null : FollowUpResult.NotEnded);
        if (refused is not null)
        {
            return new FollowUpOutcome(refused.Value, ev.EndsAtUtc);
        }
        scheduler.SendNow(ev.Id);
        return new FollowUpOutcome(FollowUpResult.Done, ev.EndsAtUtc, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>How many registrants a send would reach now: the confirmed ones without this round's follow-up.</summary>
    public async Task<int> ReachAsync(int eventId, CancellationToken ct)
    {
        var round = await db.FollowUps.Where(f => f.EventId == eventId).Select(f => (int?)f.Round).SingleOrDefaultAsync(ct) ?? 1;
        var confirmed = await db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed).Select(r => r.Id).ToListAsync(ct);
        var sent = (await db.EmailDeliveries.Where(d => d.EventId == eventId && d.Kind == EmailKind.FollowUp && d.Status == EmailDeliveryStatus.Sent)
            .Select(d => d.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return confirmed.Count(id => !sent.Contains(FollowUpJobs.Key(id, round)));
    }

    private static FollowUpResult? Refusal(Event ev) => ev.Status is EventStatus.Draft or EventStatus.Cancelled ? FollowUpResult.NotPublished : null;
}
