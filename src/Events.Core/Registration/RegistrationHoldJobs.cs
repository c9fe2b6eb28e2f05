namespace Events.Core.Registrations;

/// <summary>Thin: the rule lives in <see cref="Registrar.ExpireHoldAsync"/>, which is idempotent.</summary>
public sealed class RegistrationHoldJobs(Registrar registrar) : IRegistrationHoldJobs
{
    public Task ExpireAsync(int registrationId, CancellationToken cancellationToken) =>
        registrar.ExpireHoldAsync(registrationId, cancellationToken);
}
