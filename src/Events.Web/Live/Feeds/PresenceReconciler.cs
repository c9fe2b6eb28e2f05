using Events.Core.Live;
using Microsoft.Extensions.Options;

namespace Events.Web.Live.Feeds;

/// <summary>
/// Every <see cref="LiveOptions.PresenceReconcileSeconds"/>, recounts the open connection rows of each event this
/// instance serves, so the instances' figures converge on the total across all of them (and rows closed by an
/// eviction or an erasure drop out); staff hear the figure when the recount changed it.
/// </summary>
public sealed partial class PresenceReconciler(
    PresenceTally tally,
    LiveFeeds feeds,
    IServiceScopeFactory scopes,
    IOptions<LiveOptions> options,
    ILogger<PresenceReconciler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wall-clock on purpose, like the feeds: a test's fake clock must not stop the recount.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PresenceReconcileSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await ReconcileAsync(stoppingToken);
        }
    }

    /// <summary>Recounts every event now (also used by tests that do not wait for the timer).</summary>
    public async Task ReconcileAsync(CancellationToken ct)
    {
        foreach (var eventId in tally.EventIds)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<Presence>().ReconcileAsync(eventId, ct))
                {
                    feeds.Mark<PresenceFeed>(eventId, PresenceFeed.Item);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One event failing must not stop the others; the next round tries again.
                LogReconcileFailed(log, error, eventId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence of event {EventId} could not be recounted")]
    private static partial void LogReconcileFailed(ILogger logger, Exception error, int eventId);
}
