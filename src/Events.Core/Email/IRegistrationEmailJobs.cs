namespace Events.Core.Email;

/// <summary>
/// Job contract: the web app enqueues, the job server runs. The interface and method names are a wire
/// format stored in the job storage: rename with care.
/// </summary>
public interface IRegistrationEmailJobs
{
    /// <summary>Sends one email of <paramref name="kind"/> to one registration, exactly once per event version.</summary>
    Task SendAsync(int registrationId, EmailKind kind, CancellationToken cancellationToken);
}
