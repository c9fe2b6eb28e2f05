namespace Events.Core.Live;

/// <summary>This process's id among the web instances: new at every start, so a restarted instance is a new one.</summary>
public sealed class LiveInstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName[..Math.Min(20, Environment.MachineName.Length)]}-{Environment.ProcessId}-{Guid.NewGuid():N}";
}
