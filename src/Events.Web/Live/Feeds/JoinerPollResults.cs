namespace Events.Web.Live.Feeds;

/// <summary>
/// Connections that were given poll results from a shared snapshot since the last interval, per event: the
/// <see cref="JoinerPollResultsFeed"/> sends them the current counts once, however many joined.
/// </summary>
public sealed class JoinerPollResults
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, List<string>> _pending = [];

    public void Add(int eventId, string connectionId)
    {
        lock (_lock)
        {
            if (!_pending.TryGetValue(eventId, out var connections))
            {
                _pending[eventId] = connections = [];
            }
            connections.Add(connectionId);
        }
    }

    /// <summary>Takes the event's pending connections; those added meanwhile go to the next take.</summary>
    public IReadOnlyList<string> Take(int eventId)
    {
        lock (_lock)
        {
            return _pending.Remove(eventId, out var connections) ? connections : [];
        }
    }
}
