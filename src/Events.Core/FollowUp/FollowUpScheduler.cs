using Hangfire;

namespace Events.Core.FollowUps;

/// <summary>Keeps at most one scheduled follow-up job per event, at the event's end plus the draft's delay.</summary>
public sealed class FollowUpScheduler(IBackgroundJobClient jobs, ScheduledJobIds ids, TimeProvider clock)
{
    public static string HashKey(int eventId) => FormattableString.Invariant($"follow-up:event:{eventId}");

    public static DateTime SendsAtUtc(Event ev, FollowUpDraft draft) =>
        DateTime.SpecifyKind(ev.EndsAtUtc, DateTimeKind.Utc).AddMinutes(draft.SendAfterEndMinutes ?? 0);

    /// <summary>Drops the scheduled job and, if the draft is scheduled and the event not cancelled, schedules it afresh.</summary>
    public void Reschedule(Event ev, FollowUpDraft? draft)
    {
        if (draft?.SendAfterEndMinutes is null || ev.Status is EventStatus.Cancelled or EventStatus.Draft)
        {
            ids.DeleteAll(HashKey(ev.Id));
            return;
        }
        var at = SendsAtUtc(ev, draft);
        var eventId = ev.Id;
        // A time already past sends now rather than never.
        var id = at <= clock.GetUtcNow().UtcDateTime
            ? jobs.Enqueue<IFollowUpJobs>(j => j.SendAsync(eventId, CancellationToken.None))
            : jobs.Schedule<IFollowUpJobs>(j => j.SendAsync(eventId, CancellationToken.None), new DateTimeOffset(at));
        ids.Replace(HashKey(ev.Id), new Dictionary<string, string> { ["send"] = id });
    }

    public void SendNow(int eventId) => jobs.Enqueue<IFollowUpJobs>(j => j.SendAsync(eventId, CancellationToken.None));
}
