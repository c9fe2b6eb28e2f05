using Events.Core.FollowUps;
using Hangfire;

namespace Events.Core.Briefing;

/// <summary>Keeps one scheduled briefing job per published event, a configurable time before its start.</summary>
public sealed class BriefingScheduler(IBackgroundJobClient jobs, ScheduledJobIds ids, IOptions<BriefingOptions> options, TimeProvider clock)
{
    public static string HashKey(int eventId) => FormattableString.Invariant($"briefing:event:{eventId}");

    public DateTime SendsAtUtc(Event ev) =>
        DateTime.SpecifyKind(ev.StartsAtUtc, DateTimeKind.Utc).AddHours(-(ev.BriefingHoursBefore ?? options.Value.HoursBefore));

    public void Reschedule(Event ev)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (ev.Status != EventStatus.Published || DateTime.SpecifyKind(ev.StartsAtUtc, DateTimeKind.Utc) <= now)
        {
            ids.DeleteAll(HashKey(ev.Id));
            return;
        }
        // Published or moved within the lead time: the briefing goes at once rather than never (the ledger keeps it to one).
        var at = SendsAtUtc(ev) > now ? SendsAtUtc(ev) : now;
        var (eventId, sequence) = (ev.Id, ev.Sequence);
        var id = jobs.Schedule<IBriefingJobs>(j => j.SendScheduledAsync(eventId, sequence, CancellationToken.None), new DateTimeOffset(at));
        ids.Replace(HashKey(ev.Id), new Dictionary<string, string> { ["send"] = id });
    }

    public void SendNow(int eventId)
    {
        var requestId = Guid.NewGuid().ToString("N");
        jobs.Enqueue<IBriefingJobs>(j => j.SendOnDemandAsync(eventId, requestId, CancellationToken.None));
    }
}
