namespace Events.Core.Registrations;

public enum RegistrationStatus
{
    Confirmed,
    Pending,
    WaitingList,
    Declined,
    Cancelled,

    /// <summary>Waiting for the registrant to confirm their email address; see <see cref="Registration.StatusOnceEmailConfirmed"/>.</summary>
    Unconfirmed,
}
