namespace Events.Core.Registrations;

/// <summary>What a registration batch decides by, read inside its transaction: the event as it is now.</summary>
internal sealed record RegistrationTerms(
    EventStatus Status, DateTime StartsAtUtc, DateTime? RegistrationClosesAtUtc, int? Capacity, bool RequiresApproval, bool RequiresEmailConfirmation)
{
    public bool IsOpen(DateTime nowUtc) => Event.IsOpenForRegistration(Status, StartsAtUtc, RegistrationClosesAtUtc, nowUtc);
}
