namespace Events.Core.Email;

/// <summary>
/// Job contract: the web app enqueues, the job server runs. The interface and method names are a wire
/// format stored in the job storage: rename with care.
/// </summary>
public interface IRegistrationEmailJobs
{
    /// <summary>Sends one email of <paramref name="kind"/> to one registration, exactly once per event version.</summary>
    Task SendAsync(int registrationId, EmailKind kind, CancellationToken cancellationToken);

    /// <summary>Sends several registrations' emails in one job, each exactly once as <see cref="SendAsync"/> does.</summary>
    Task SendBatchAsync(IReadOnlyList<RegistrationEmail> emails, CancellationToken cancellationToken);
}

/// <summary>One registration's email of one kind, as a batch job carries it (ids only: no personal data in job storage).</summary>
public sealed record RegistrationEmail(int RegistrationId, EmailKind Kind);
