namespace Events.Web.Live.Feeds;

/// <summary>
/// What has changed and not been sent yet, per feed and event. Marking is cheap (a vote storm marks thousands of
/// times a second, each a set insert under a short lock); <see cref="LiveFeedFlusher"/> takes the marks away each interval.
/// </summary>
public sealed class LiveFeeds
{
    // A lock, not a swapped concurrent map: a mark racing the swap could land in the map already taken and be lost.
    private readonly Lock _lock = new();
    private Dictionary<(Type Feed, int EventId), HashSet<int>> _pending = [];

    /// <summary>Item <paramref name="itemId"/> of event <paramref name="eventId"/> changed in <typeparamref name="TFeed"/>.</summary>
    public void Mark<TFeed>(int eventId, int itemId) where TFeed : ILiveFeed
    {
        lock (_lock)
        {
            var key = (typeof(TFeed), eventId);
            if (!_pending.TryGetValue(key, out var items))
            {
                _pending[key] = items = [];
            }
            items.Add(itemId);
        }
    }

    /// <summary>Takes every pending mark; marks made meanwhile go to the next take.</summary>
    internal IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> Take()
    {
        Dictionary<(Type Feed, int EventId), HashSet<int>> taken;
        lock (_lock)
        {
            taken = _pending;
            _pending = [];
        }
        return taken.Select(p => (p.Key.Feed, p.Key.EventId, (IReadOnlyCollection<int>)p.Value)).ToList();
    }
}
