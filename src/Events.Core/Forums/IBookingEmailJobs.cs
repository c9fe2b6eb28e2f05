namespace Events.Core.Forums;

/// <summary>Job contract (a wire format stored with the job: rename with care).</summary>
public interface IBookingEmailJobs
{
    /// <summary>The one email that confirms every session of a booking, sent once.</summary>
    Task SendAsync(int bookingId, CancellationToken cancellationToken);
}
