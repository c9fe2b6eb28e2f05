namespace Events.Core.EventChanges;

/// <summary>
/// Job contract: tells an event's registrants that it changed. The interface and method names are a wire format
/// stored in the job storage: rename with care.
/// </summary>
public interface IEventChangeJobs
{
    /// <summary>Sends the new time and calendar entry of event version <paramref name="sequence"/> to every confirmed registrant, once each.</summary>
    Task SendUpdateAsync(int eventId, int sequence, CancellationToken cancellationToken);

    /// <summary>Tells confirmed, pending and waiting registrants that the event is cancelled, once each.</summary>
    Task SendCancellationAsync(int eventId, int sequence, CancellationToken cancellationToken);
}
