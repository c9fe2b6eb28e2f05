namespace Events.Core.Live;

/// <summary>
/// A web process serving the live hub, as the others see it: it stamps its connection rows with its id and its
/// heartbeat here, so when it dies without closing them another instance can (<see cref="LiveInstances"/>).
/// </summary>
public sealed class LiveInstance
{
    public required string Id { get; set; }
    public DateTime SeenAtUtc { get; set; }
}
