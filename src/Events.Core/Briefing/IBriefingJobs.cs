namespace Events.Core.Briefing;

/// <summary>Job contract stored in the job storage: rename with care.</summary>
public interface IBriefingJobs
{
    /// <summary>The scheduled briefing: once per interpreter and event version.</summary>
    Task SendScheduledAsync(int eventId, int sequence, CancellationToken cancellationToken);

    /// <summary>A fresh copy for every interpreter, asked for by an organiser; <paramref name="requestId"/> keys it.</summary>
    Task SendOnDemandAsync(int eventId, string requestId, CancellationToken cancellationToken);
}
