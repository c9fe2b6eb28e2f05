using System.Collections.Concurrent;

namespace Events.Web.Live.Feeds;

/// <summary>
/// What has changed and not been sent yet, per feed and event. Marking is cheap and lock-free for callers (a vote
/// storm marks thousands of times a second); <see cref="LiveFeedFlusher"/> takes the marks away each interval.
/// </summary>
public sealed class LiveFeeds
{
    private ConcurrentDictionary<(Type Feed, int EventId), ConcurrentDictionary<int, byte>> _pending = new();

    /// <summary>Item <paramref name="itemId"/> of event <paramref name="eventId"/> changed in <typeparamref name="TFeed"/>.</summary>
    public void Mark<TFeed>(int eventId, int itemId) where TFeed : ILiveFeed =>
        _pending.GetOrAdd((typeof(TFeed), eventId), _ => new()).TryAdd(itemId, 0);

    /// <summary>Takes every pending mark; marks made meanwhile go to the next take.</summary>
    internal IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> Take()
    {
        var taken = Interlocked.Exchange(ref _pending, new());
        return taken.Where(p => !p.Value.IsEmpty)
            .Select(p => (p.Key.Feed, p.Key.EventId, (IReadOnlyCollection<int>)p.Value.Keys.ToArray()))
            .ToList();
    }
}
