namespace Events.Web.Live.Feeds;

/// <summary>
/// What has changed and not been sent yet, per feed and event. Marking is cheap (a vote storm marks thousands of
/// times a second, each a set insert under a short lock); <see cref="LiveFeedFlusher"/> takes the marks away each interval.
/// </summary>
public sealed class LiveFeeds
{
    // A lock, not a concurrent map: a mark racing a take could land in an entry already taken and be lost.
    private readonly Lock _lock = new();
    private readonly Dictionary<(Type Feed, int EventId), Pending> _pending = [];
    private readonly Dictionary<(Type Feed, int EventId), int> _inFlight = [];

    // Wall-clock milliseconds, not the app's TimeProvider: a test's fake clock must not hold back live updates.
    private readonly Func<long> _nowMs;

    public LiveFeeds()
        : this(static () => Environment.TickCount64)
    {
    }

    internal LiveFeeds(Func<long> nowMs) => _nowMs = nowMs;

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

    /// <summary>
    /// A change to <typeparamref name="TFeed"/> of event <paramref name="eventId"/> is on its way (a vote being written):
    /// until it is disposed the feed's update waits, as for a mark, so a storm whose writes come in batches is not
    /// taken for a lull between them.
    /// </summary>
    public InFlightChange Changing<TFeed>(int eventId) where TFeed : ILiveFeed
    {
        var key = (typeof(TFeed), eventId);
        lock (_lock)
        {
            _inFlight[key] = _inFlight.GetValueOrDefault(key) + 1;
        }
        return new InFlightChange(this, key);
    }

    private void Changed((Type Feed, int EventId) key)
    {
        lock (_lock)
        {
            if (_inFlight[key] == 1)
            {
                _inFlight.Remove(key);
            }
            else
            {
                _inFlight[key]--;
            }
        }
    }

    /// <summary>Takes every pending mark; marks made meanwhile go to the next take.</summary>
    internal IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> Take() => TakeWhere((_, _) => true);

    /// <summary>
    /// Takes the marks of each feed and event that has been quiet for <paramref name="quietMs"/> with no change on its
    /// way, or has waited <paramref name="maxWaitMs"/> since its first mark; the others keep gathering marks.
    /// </summary>
    internal IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> TakeSettled(int quietMs, int maxWaitMs)
    {
        var now = _nowMs();
        return TakeWhere((key, p) => now - p.FirstMarkedAt >= maxWaitMs || (now - p.LastMarkedAt >= quietMs && !_inFlight.ContainsKey(key)));
    }

    private List<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> TakeWhere(Func<(Type Feed, int EventId), Pending, bool> due)
    {
        var taken = new List<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)>();
        lock (_lock)
        {
            foreach (var (key, pending) in _pending)
            {
                if (due(key, pending))
                {
                    taken.Add((key.Feed, key.EventId, pending.Items));
                    // Removing the current entry while enumerating is allowed for Dictionary.
                    _pending.Remove(key);
                }
            }
        }
        return taken;
    }

    /// <summary>Ends a <see cref="Changing{TFeed}"/>.</summary>
    public readonly struct InFlightChange(LiveFeeds feeds, (Type Feed, int EventId) key) : IDisposable
    {
        public void Dispose() => feeds.Changed(key);
    }

    private sealed class Pending(long firstMarkedAt)
    {
        public HashSet<int> Items { get; } = [];

        public long FirstMarkedAt { get; } = firstMarkedAt;

        public long LastMarkedAt { get; set; } = firstMarkedAt;
    }
}
