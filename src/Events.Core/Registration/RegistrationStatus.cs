namespace Events.Core.Registrations;

public enum RegistrationStatus
{
    Confirmed,
    Pending,
    WaitingList,
    Declined,
    Cancelled,
}
