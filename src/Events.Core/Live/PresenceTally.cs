namespace Events.Core.Live;

/// <summary>
/// This process's presence figures, adjusted on every join, leave and channel switch instead of recounted: the shown
/// count is the last reconcile's count of every instance's open rows plus what changed here since. Between
/// reconciles it misses only the other instances' changes since the last one (and a person with tabs on two instances
/// may be counted twice); each reconcile (<see cref="Presence.ReconcileAsync"/>) corrects both.
/// </summary>
public sealed class PresenceTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Seat> _seats = [];
    private readonly Dictionary<int, Room> _rooms = [];

    /// <summary>Events this process has connections to, or a figure for: the ones to reconcile.</summary>
    public IReadOnlyList<int> EventIds
    {
        get { lock (_lock) { return [.. _rooms.Keys]; } }
    }

    /// <summary>Staff are recorded (to be found on leave) but not counted, as in <see cref="Presence.CountAsync"/>.</summary>
    public void Joined(string connectionId, int eventId, string participantKey, ParticipantRole role, int? channelId)
    {
        lock (_lock)
        {
            LeftLocked(connectionId);
            var seat = new Seat(eventId, participantKey, role != ParticipantRole.Staff, channelId);
            _seats[connectionId] = seat;
            RoomOf(eventId).Add(seat, +1);
        }
    }

    public void Switched(string connectionId, int eventId, int channelId)
    {
        lock (_lock)
        {
            if (_seats.TryGetValue(connectionId, out var seat) && seat.EventId == eventId)
            {
                var room = RoomOf(eventId);
                room.Add(seat, -1);
                _seats[connectionId] = seat = seat with { ChannelId = channelId };
                room.Add(seat, +1);
            }
        }
    }

    public void Left(string connectionId)
    {
        lock (_lock)
        {
            LeftLocked(connectionId);
        }
    }

    /// <summary>The figure to show; null until the event is reconciled once in this process.</summary>
    public PresenceCount? Figure(int eventId)
    {
        lock (_lock)
        {
            return _rooms.TryGetValue(eventId, out var room) ? room.Figure() : null;
        }
    }

    /// <summary>
    /// Takes <paramref name="counted"/> (all instances' open rows, just read) as the base; this process's changes count
    /// from now on. Drops an event nobody here is connected to. True when the figure shown changed.
    /// </summary>
    public bool Reconcile(int eventId, PresenceCount counted)
    {
        lock (_lock)
        {
            var room = RoomOf(eventId);
            var before = room.Figure();
            room.Rebase(counted);
            if (room.Connections == 0)
            {
                _rooms.Remove(eventId);
            }
            return before is null || !Same(before, room.Figure()!);
        }
    }

    private static bool Same(PresenceCount a, PresenceCount b) =>
        a.Total == b.Total && a.ByChannel.Count == b.ByChannel.Count && a.ByChannel.All(c => b.ByChannel.GetValueOrDefault(c.Key) == c.Value);

    private void LeftLocked(string connectionId)
    {
        if (_seats.Remove(connectionId, out var seat) && _rooms.TryGetValue(seat.EventId, out var room))
        {
            room.Add(seat, -1);
        }
    }

    private Room RoomOf(int eventId)
    {
        if (!_rooms.TryGetValue(eventId, out var room))
        {
            _rooms[eventId] = room = new Room();
        }
        return room;
    }

    private sealed record Seat(int EventId, string Key, bool Counted, int? ChannelId);

    /// <summary>One event here: people (not tabs) per key and channel now, and as they were at the last reconcile.</summary>
    private sealed class Room
    {
        private readonly Dictionary<string, int> _people = [];
        private readonly Dictionary<int, Dictionary<string, int>> _channels = [];
        private PresenceCount? _base;
        private int _peopleAtBase;
        private Dictionary<int, int> _channelsAtBase = [];

        public int Connections { get; private set; }

        public void Add(Seat seat, int by)
        {
            Connections += by;
            if (!seat.Counted)
            {
                return;
            }
            Count(_people, seat.Key, by);
            if (seat.ChannelId is { } channel)
            {
                if (!_channels.TryGetValue(channel, out var keys))
                {
                    _channels[channel] = keys = [];
                }
                Count(keys, seat.Key, by);
            }
        }

        public void Rebase(PresenceCount counted)
        {
            _base = counted;
            _peopleAtBase = _people.Count;
            _channelsAtBase = _channels.ToDictionary(c => c.Key, c => c.Value.Count);
        }

        public PresenceCount? Figure()
        {
            if (_base is null)
            {
                return null;
            }
            var byChannel = new Dictionary<int, int>();
            foreach (var channel in _base.ByChannel.Keys.Union(_channels.Keys).Union(_channelsAtBase.Keys))
            {
                var people = _base.ByChannel.GetValueOrDefault(channel) + (_channels.TryGetValue(channel, out var keys) ? keys.Count : 0)
                    - _channelsAtBase.GetValueOrDefault(channel);
                if (people > 0)
                {
                    byChannel[channel] = people;
                }
            }
            return new PresenceCount(Math.Max(0, _base.Total + _people.Count - _peopleAtBase), byChannel);
        }

        private static void Count(Dictionary<string, int> tabs, string key, int by)
        {
            var now = tabs.GetValueOrDefault(key) + by;
            if (now > 0)
            {
                tabs[key] = now;
            }
            else
            {
                tabs.Remove(key);
            }
        }
    }
}
