using Microsoft.Extensions.Options;

namespace Events.Web.Live.Feeds;

/// <summary>
/// Every <see cref="LiveOptions.FeedIntervalMilliseconds"/>, sends what each feed has pending: one message per feed
/// and event however many changes were marked, so a storm of votes costs the audience a few messages a second.
/// A feed still being marked waits for a lull (<see cref="LiveOptions.FeedQuietMilliseconds"/>), up to
/// <see cref="LiveOptions.FeedMaxWaitMilliseconds"/>: a fan-out to a large room takes the core for a while, and one
/// that falls inside a storm holds back the voters' own acknowledgements behind it.
/// </summary>
public sealed partial class LiveFeedFlusher(
    LiveFeeds feeds,
    IServiceScopeFactory scopes,
    IOptions<LiveOptions> options,
    ILogger<LiveFeedFlusher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wall-clock on purpose: a test's fake clock must not stop live updates.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.FeedIntervalMilliseconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SendAsync(feeds.TakeSettled(options.Value.FeedQuietMilliseconds, options.Value.FeedMaxWaitMilliseconds), stoppingToken);
        }
    }

    /// <summary>Sends everything pending now, settled or not (for tests that do not wait for the timer).</summary>
    public Task FlushAsync(CancellationToken ct) => SendAsync(feeds.Take(), ct);

    private async Task SendAsync(IReadOnlyList<(Type Feed, int EventId, IReadOnlyCollection<int> ItemIds)> taken, CancellationToken ct)
    {
        foreach (var (feedType, eventId, itemIds) in taken)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var feed = (ILiveFeed)scope.ServiceProvider.GetRequiredService(feedType);
                await feed.FlushAsync(scope.ServiceProvider, eventId, itemIds, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One failing feed must not stop the others; the next change marks the items again.
                LogFlushFailed(log, error, feedType.Name, eventId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live feed {Feed} could not flush event {EventId}")]
    private static partial void LogFlushFailed(ILogger logger, Exception error, string feed, int eventId);
}
