namespace Events.Core.FollowUps;

/// <summary>Job contract stored in the job storage: rename with care.</summary>
public interface IFollowUpJobs
{
    /// <summary>Sends the event's follow-up to every confirmed registrant who has not had this round yet.</summary>
    Task SendAsync(int eventId, CancellationToken cancellationToken);
}
