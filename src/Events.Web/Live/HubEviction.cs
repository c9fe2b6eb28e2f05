using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>
/// Drops connections from every group their join added them to (across instances when the backplane is on), then
/// tells each page to stop. A hub call afterwards re-checks access and is refused.
/// </summary>
public sealed class HubEviction(IHubContext<LiveHub, ILiveClient> hub) : ILiveEviction
{
    public async Task EvictAsync(IReadOnlyList<LiveConnection> connections, CancellationToken ct)
    {
        foreach (var c in connections)
        {
            foreach (var group in new[] { LiveGroups.Audience(c.EventId), LiveGroups.Staff(c.EventId), LiveGroups.Person(c.EventId, c.ParticipantKey) })
            {
                await hub.Groups.RemoveFromGroupAsync(c.ConnectionId, group, ct);
            }
            await hub.Clients.Client(c.ConnectionId).Evicted();
        }
    }
}
