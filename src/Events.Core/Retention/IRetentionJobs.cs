namespace Events.Core.Retention;

/// <summary>The recurring retention job. Its name is a wire format: rename with care.</summary>
public interface IRetentionJobs
{
    /// <summary>Erases the personal data of every event past its retention period; returns how many events it erased.</summary>
    Task<int> EraseDueAsync(CancellationToken cancellationToken);
}
