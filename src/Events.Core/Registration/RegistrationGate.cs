namespace Events.Core.Registrations;

/// <summary>
/// One per app (a singleton): lets this process's count-dependent decisions take turns before they reach the
/// database. A singleton rather than a static, so two apps in one test process are as separate as two servers.
/// </summary>
public sealed class RegistrationGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}
