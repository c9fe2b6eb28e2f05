namespace Events.Web.Live.Feeds;

/// <summary>
/// What has changed and not been sent yet, per feed and event. Marking is cheap (a vote storm marks thousands of
/// times a second, each a set insert under a short lock); <see cref="LiveFeedFlusher"/> takes the marks away each interval.
/// </summary>
public sealed class LiveFeeds
{
    // Wall-clock milliseconds, not the app's TimeProvider: a test's fake clock must not hold back live updates.
    private readonly Func<long> _nowMs;

    public LiveFeeds()
        : this(static () => Environment.TickCount64)
    {
    }

    internal LiveFeeds(Func<long> nowMs) => _nowMs = nowMs;

    // A lock, not a swapped concurrent map: a mark racing the swap could land in the map already taken and be lost.
    private readonly Lock _lock = new();
    private Dictionary<(Type Feed, int EventId), Pending> _pending = [];

    /// <summary>Item <paramref name="itemId"/> of event <paramref name="eventId"/> changed in <typeparamref name="TFeed"/>.</summary>
    public void Mark<TFeed>(int eventId, int itemId) where TFeed : ILiveFeed
    {
        var now = _nowMs();
        lock (_lock)
        {
            var key = (typeof(TFeed), eventId);
            if (!_pending.TryGetValue(key, out var pending))
            {
                _pending[key] = pending = new Pending(now);
            }
            pending.Items.Add(itemId);
            pending.LastMarkedAt = now;
        }
    }

    /// <summary>Takes every pending mark; marks made meanwhile go to the next take.</summary>
    internal IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> Take() => TakeWhere(_ => true);

    /// <summary>
    /// Takes the marks of each feed and event that has been quiet for <paramref name="quietMs"/>, or has waited
    /// <paramref name="maxWaitMs"/> since its first mark; the others keep gathering marks.
    /// </summary>
    internal IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> TakeSettled(int quietMs, int maxWaitMs)
    {
        var now = _nowMs();
        return TakeWhere(p => now - p.LastMarkedAt >= quietMs || now - p.FirstMarkedAt >= maxWaitMs);
    }

    private List<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> TakeWhere(Func<Pending, bool> due)
    {
        var taken = new List<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)>();
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return taken;
            }
            var keep = new Dictionary<(Type Feed, int EventId), Pending>();
            foreach (var (key, pending) in _pending)
            {
                if (due(pending))
                {
                    taken.Add((key.Feed, key.EventId, pending.Items));
                }
                else
                {
                    keep[key] = pending;
                }
            }
            _pending = keep;
        }
        return taken;
    }

    private sealed class Pending(long firstMarkedAt)
    {
        public HashSet<int> Items { get; } = [];

        public long FirstMarkedAt { get; } = firstMarkedAt;

        public long LastMarkedAt { get; set; } = firstMarkedAt;
    }
}
