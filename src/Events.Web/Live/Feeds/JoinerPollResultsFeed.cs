using Events.Core.Polls;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live.Feeds;

/// <summary>
/// The current results for the pages that joined in the last interval, whose shared snapshot may hold older counts
/// (answers change counts without a new live version). One read per interval and event, sent to those joiners only,
/// so a join storm neither reads the results per join nor re-sends them to the whole audience.
/// </summary>
public sealed class JoinerPollResultsFeed(JoinerPollResults joiners, PollVoting voting, EventsDbContext db, IHubContext<LiveHub, ILiveClient> hub) : ILiveFeed
{
    /// <summary>One item per event: the results its attendees are shown.</summary>
    public const int Item = 0;

    public async Task FlushAsync(IServiceProvider services, int eventId, IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        var connections = joiners.Take(eventId);
        if (connections.Count == 0)
        {
            return;
        }
        // Read now, after every one of them joined the audience group: a later answer reaches them through the results feed.
        var shown = await db.Polls.AsNoTracking()
            .Where(p => p.EventId == eventId && p.ShowResultsToAttendees && p.Status != PollStatus.Draft).Select(p => p.Id).ToListAsync(ct);
        if (shown.Count > 0)
        {
            await hub.Clients.Clients(connections).PollResults(await voting.ResultsAsync(eventId, shown, ct));
        }
    }
}
