using Events.Core.Live;

namespace Events.Web.Live.Feeds;

/// <summary>
/// The staff's presence count, coalesced: joins, leaves and channel switches mark the event, and each interval the
/// count is taken once from the open connection rows (shared by every instance, so they all agree) and sent to staff.
/// A join storm of thousands costs a few counts a second, not one per join.
/// </summary>
public sealed class PresenceFeed(Presence presence, LiveBroadcaster broadcast) : ILiveFeed
{
    /// <summary>Presence has one item per event: the event's count.</summary>
    public const int Item = 0;

    public async Task FlushAsync(IServiceProvider services, int eventId, IReadOnlyCollection<int> itemIds, CancellationToken ct) =>
        await broadcast.PresenceAsync(eventId, await presence.CountAsync(eventId, ct));
}
