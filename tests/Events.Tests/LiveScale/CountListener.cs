using System.Collections.Concurrent;
using System.Diagnostics;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.LiveScale;

/// <summary>
/// A listening page's vote counts, kept the way the scripts keep them (a count replaces the held one only when its
/// version is not older), with the time each VotesChanged arrived and any message that carried an older version.
/// </summary>
internal sealed class CountListener
{
    private readonly ConcurrentDictionary<int, VoteCount> _held = new();
    private readonly ConcurrentQueue<TimeSpan> _arrivals = new();
    private readonly ConcurrentQueue<string> _older = new();
    private readonly Stopwatch _clock;

    public CountListener(HubConnection connection, Stopwatch clock)
    {
        _clock = clock;
        connection.On<VoteCounts>(nameof(ILiveClient.VotesChanged), counts =>
        {
            _arrivals.Enqueue(_clock.Elapsed);
            foreach (var count in counts.Questions)
            {
                Keep(count, fromFeed: true);
            }
        });
        connection.On<QuestionView>(nameof(ILiveClient.QuestionChanged), q => Keep(new VoteCount(q.Id, q.Votes, q.VotesVersion), fromFeed: false));
    }

    public void Start(IEnumerable<QuestionView> snapshot)
    {
        foreach (var q in snapshot)
        {
            Keep(new VoteCount(q.Id, q.Votes, q.VotesVersion), fromFeed: false);
        }
    }

    public IReadOnlyList<TimeSpan> Arrivals => [.. _arrivals];

    /// <summary>Feed messages that brought an older version than one already heard (the feed must send in order).</summary>
    public IReadOnlyList<string> Older => [.. _older];

    public int Votes(int questionId) => _held.TryGetValue(questionId, out var c) ? c.Votes : -1;

    /// <summary>The most VotesChanged messages heard within any one second.</summary>
    public int MostInOneSecond()
    {
        var times = Arrivals.OrderBy(t => t).ToList();
        var most = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }

    private void Keep(VoteCount count, bool fromFeed) =>
        _held.AddOrUpdate(count.Id, count, (_, held) =>
        {
            if (count.Version >= held.Version)
            {
                return count;
            }
            if (fromFeed)
            {
                _older.Enqueue($"question {count.Id}: version {count.Version} after {held.Version}");
            }
            return held;
        });
}
