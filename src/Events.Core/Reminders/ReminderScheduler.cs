using Hangfire;

namespace Events.Core.Reminders;

/// <summary>
/// Keeps one scheduled reminder job per event and offset. The job ids live in a Hangfire hash next to the jobs,
/// so they survive restarts without a database column and go wherever the job storage goes.
/// </summary>
public sealed class ReminderScheduler(IBackgroundJobClient jobs, JobStorage storage, IOptions<ReminderOptions> options, TimeProvider clock)
{
    public static string HashKey(int eventId) => FormattableString.Invariant($"reminders:event:{eventId}");

    /// <summary>Drops the event's reminders and, if it is published and not yet started, schedules them afresh.</summary>
    public void Reschedule(Event ev)
    {
        Drop(ev.Id);
        if (ev.Status != EventStatus.Published)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new Dictionary<string, string>();
        foreach (var offset in options.Value.OffsetsFor(ev))
        {
            var at = DateTime.SpecifyKind(ev.StartsAtUtc, DateTimeKind.Utc) - offset;
            if (at <= now)
            {
                continue; // too late for this reminder: a reminder after the moment it names would mislead
            }
            var minutes = (int)offset.TotalMinutes;
            var sequence = ev.Sequence;
            var eventId = ev.Id;
            var id = jobs.Schedule<IReminderJobs>(j => j.SendAsync(eventId, sequence, minutes, CancellationToken.None), new DateTimeOffset(at));
            ids[minutes.ToString(CultureInfo.InvariantCulture)] = id;
        }
        if (ids.Count > 0)
        {
            using var connection = storage.GetConnection();
            connection.SetRangeInHash(HashKey(ev.Id), ids);
        }
    }

    public void Drop(int eventId)
    {
        using var connection = storage.GetConnection();
        var existing = connection.GetAllEntriesFromHash(HashKey(eventId));
        if (existing is null)
        {
            return;
        }
        foreach (var id in existing.Values)
        {
            jobs.Delete(id);
        }
        using var transaction = connection.CreateWriteTransaction();
        transaction.RemoveHash(HashKey(eventId));
        transaction.Commit();
    }
}
