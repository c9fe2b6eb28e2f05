using Events.Web.Live.Feeds;

namespace Events.Tests.LiveScale;

/// <summary>
/// A feed's update waits for a lull in its changes, and for a bounded time only: a storm's fan-out goes out after
/// the storm rather than inside it, and a steady stream of changes still reaches the room.
/// </summary>
public sealed class LiveFeedsSettlingTests
{
    private const int QuietMs = 100;
    private const int MaxWaitMs = 750;

    private long _now = 1_000_000;

    [Fact]
    public void ChangesStillComing_WaitForTheLull_ThenGoOutTogether()
    {
        var feeds = new LiveFeeds(() => _now);
        feeds.Mark<VoteCountsFeed>(7, 1);
        _now += 60;
        feeds.Mark<VoteCountsFeed>(7, 2);
        _now += 60;

        Assert.Empty(feeds.TakeSettled(QuietMs, MaxWaitMs));

        _now += QuietMs;
        var taken = Assert.Single(feeds.TakeSettled(QuietMs, MaxWaitMs));
        Assert.Equal((typeof(VoteCountsFeed), 7), (taken.Feed, taken.EventId));
        Assert.Equal([1, 2], taken.ItemIds.Order());
        Assert.Empty(feeds.TakeSettled(QuietMs, MaxWaitMs));
    }

    [Fact]
    public void AStormWithoutALull_GoesOutOnceItHasWaitedTheMaximum_AndLaterMarksStartAfresh()
    {
        var feeds = new LiveFeeds(() => _now);
        var started = _now;
        long? firstTakenAfter = null;
        for (var i = 0; i < 100 && firstTakenAfter is null; i++)
        {
            feeds.Mark<VoteCountsFeed>(7, i);
            _now += 25;
            if (feeds.TakeSettled(QuietMs, MaxWaitMs).Count > 0)
            {
                firstTakenAfter = _now - started;
            }
        }

        Assert.Equal(MaxWaitMs, firstTakenAfter);
        feeds.Mark<VoteCountsFeed>(7, 500);
        _now += 20;
        Assert.Empty(feeds.TakeSettled(QuietMs, MaxWaitMs));
    }

    [Fact]
    public void AChangeOnItsWay_HoldsTheUpdateBack_UntilItIsDone_OrTheMaximumWait()
    {
        var feeds = new LiveFeeds(() => _now);
        feeds.Mark<VoteCountsFeed>(7, 1);
        var writing = feeds.Changing<VoteCountsFeed>(7);
        _now += 2 * QuietMs;
        Assert.Empty(feeds.TakeSettled(QuietMs, MaxWaitMs));
        writing.Dispose();
        Assert.Single(feeds.TakeSettled(QuietMs, MaxWaitMs));

        feeds.Mark<VoteCountsFeed>(7, 1);
        using var stuck = feeds.Changing<VoteCountsFeed>(7);
        _now += MaxWaitMs;
        Assert.Single(feeds.TakeSettled(QuietMs, MaxWaitMs));
    }

    [Fact]
    public void EachFeedAndEventSettlesOnItsOwn_AndTakeSendsEverythingPending()
    {
        var feeds = new LiveFeeds(() => _now);
        feeds.Mark<VoteCountsFeed>(7, 1);
        _now += QuietMs;
        feeds.Mark<VoteCountsFeed>(8, 1);
        feeds.Mark<PresenceFeed>(7, 0);

        var settled = Assert.Single(feeds.TakeSettled(QuietMs, MaxWaitMs));
        Assert.Equal((typeof(VoteCountsFeed), 7), (settled.Feed, settled.EventId));

        Assert.Equal(2, feeds.Take().Count);
        Assert.Empty(feeds.Take());
    }
}
