using Hangfire;

namespace Events.Core.FollowUps;

/// <summary>
/// Remembers the scheduled job ids of one kind per event in a Hangfire hash beside the jobs (as reminders do), so a
/// move or a cancellation can delete them wherever the job storage lives.
/// </summary>
public sealed class ScheduledJobIds(IBackgroundJobClient jobs, JobStorage storage)
{
    public void Replace(string hashKey, IReadOnlyDictionary<string, string> ids)
    {
        DeleteAll(hashKey);
        if (ids.Count == 0)
        {
            return;
        }
        using var connection = storage.GetConnection();
        connection.SetRangeInHash(hashKey, ids);
    }

    public void DeleteAll(string hashKey)
    {
        using var connection = storage.GetConnection();
        var existing = connection.GetAllEntriesFromHash(hashKey);
        if (existing is null)
        {
            return;
        }
        foreach (var id in existing.Values)
        {
            jobs.Delete(id);
        }
        using var transaction = connection.CreateWriteTransaction();
        transaction.RemoveHash(hashKey);
        transaction.Commit();
    }
}
