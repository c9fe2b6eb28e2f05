namespace Events.Core.Live;

/// <summary>
/// The seam to the hub: takes connections out of their event's groups at once, so someone who has lost access hears
/// no further broadcast. The web host implements it; where no hub runs (the worker) <see cref="NoLiveEviction"/> stands in.
/// </summary>
public interface ILiveEviction
{
    Task EvictAsync(IReadOnlyList<LiveConnection> connections, CancellationToken ct);
}

public sealed class NoLiveEviction : ILiveEviction
{
    public Task EvictAsync(IReadOnlyList<LiveConnection> connections, CancellationToken ct) => Task.CompletedTask;
}
