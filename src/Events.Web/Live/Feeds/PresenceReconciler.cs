using Events.Core.Live;
using Microsoft.Extensions.Options;

namespace Events.Web.Live.Feeds;

/// <summary>
/// Every <see cref="LiveOptions.PresenceReconcileSeconds"/>, recounts the open connection rows of each event this
/// instance serves, so the instances' figures converge on the total across all of them (and rows closed by an
/// eviction or an erasure drop out); staff hear the figure when the recount changed it. Each round first beats this
/// instance's heartbeat and closes the rows of instances that stopped beating (<see cref="LiveInstances"/>).
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
        // Beaten at start: the others must not take this instance's first rows for a dead one's.
        await SweepAsync(stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await ReconcileAsync(stoppingToken);
        }
    }

    /// <summary>Recounts every event now (also used by tests that do not wait for the timer).</summary>
    public async Task ReconcileAsync(CancellationToken ct)
    {
        await SweepAsync(ct);
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

    private async Task SweepAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var instances = scope.ServiceProvider.GetRequiredService<LiveInstances>();
            await instances.BeatAsync(ct);
            if (await instances.CloseAbandonedAsync(TimeSpan.FromSeconds(options.Value.InstanceGoneSeconds), ct) is > 0 and var closed)
            {
                LogAbandonedClosed(log, closed);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The recount still runs; the next round beats again.
            LogSweepFailed(log, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live connections left open by web instances that stopped")]
    private static partial void LogAbandonedClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance's heartbeat could not be written, or stopped instances' connections closed")]
    private static partial void LogSweepFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence of event {EventId} could not be recounted")]
    private static partial void LogReconcileFailed(ILogger logger, Exception error, int eventId);
}
