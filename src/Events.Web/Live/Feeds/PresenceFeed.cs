using Events.Core.Live;

namespace Events.Web.Live.Feeds;

/// <summary>
/// The staff's presence count, coalesced: joins, leaves and channel switches adjust this instance's tally and mark
/// the event, and each interval the tally's figure goes to staff. Nothing is counted over the audience here: the rows
/// are recounted only by <see cref="PresenceReconciler"/> (and once when an event is first shown in this process).
/// </summary>
public sealed class PresenceFeed(Presence presence, LiveBroadcaster broadcast) : ILiveFeed
{
    /// <summary>Presence has one item per event: the event's count.</summary>
    public const int Item = 0;

    public async Task FlushAsync(IServiceProvider services, int eventId, IReadOnlyCollection<int> itemIds, CancellationToken ct) =>
        await broadcast.PresenceAsync(eventId, await presence.FigureAsync(eventId, ct));
}
