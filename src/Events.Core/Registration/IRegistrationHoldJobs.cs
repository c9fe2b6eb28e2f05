namespace Events.Core.Registrations;

/// <summary>
/// Job contract, scheduled when a registration must confirm its email. The interface and method names are a
/// wire format stored in the job storage: rename with care.
/// </summary>
public interface IRegistrationHoldJobs
{
    /// <summary>Releases the registration if it is still Unconfirmed and its hold has run out; otherwise does nothing.</summary>
    Task ExpireAsync(int registrationId, CancellationToken cancellationToken);
}
