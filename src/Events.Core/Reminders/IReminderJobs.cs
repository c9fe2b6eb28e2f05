namespace Events.Core.Reminders;

/// <summary>Job contract stored in the job storage: rename with care.</summary>
public interface IReminderJobs
{
    /// <summary>Reminds every confirmed registrant of one event version, once per offset.</summary>
    Task SendAsync(int eventId, int sequence, int offsetMinutes, CancellationToken cancellationToken);
}
