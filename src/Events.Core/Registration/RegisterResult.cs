namespace Events.Core.Registrations;

/// <summary>What became of a public registration; every door answers <see cref="Ignored"/> as it answers a success.</summary>
public enum RegisterResult
{
    Registered,
    AlreadyRegistered,
    Ignored,
    Closed,
    Invalid,
}
