using Events.Core.Polls;
using Events.Web.Live;
using Events.Web.Live.Feeds;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Polls;

/// <summary>
/// Poll results, coalesced: however many answers arrived in the interval, each page hears one <c>PollResults</c>
/// message with the counts read afresh (and their version). Results the moderator keeps from attendees go to staff
/// and presenter views only.
/// </summary>
public sealed class PollResultsFeed(PollVoting voting, EventsDbContext db, IHubContext<LiveHub, ILiveClient> hub) : ILiveFeed
{
    public async Task FlushAsync(IServiceProvider services, int eventId, IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        var results = await voting.ResultsAsync(eventId, itemIds, ct);
        var visible = await db.Polls.AsNoTracking().Where(p => p.EventId == eventId && itemIds.Contains(p.Id) && p.ShowResultsToAttendees)
            .Select(p => p.Id).ToListAsync(ct);
        var shown = results.Where(r => visible.Contains(r.PollId)).ToList();
        var kept = results.Where(r => !visible.Contains(r.PollId)).ToList();
        if (shown.Count > 0)
        {
            await hub.Clients.Groups(LiveGroups.Audience(eventId), LiveGroups.Staff(eventId)).PollResults(shown);
        }
        if (kept.Count > 0)
        {
            await hub.Clients.Groups(LiveGroups.Staff(eventId), PollGroups.Presenters(eventId)).PollResults(kept);
        }
    }
}
