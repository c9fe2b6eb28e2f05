using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live.Feeds;

/// <summary>
/// Vote counts, coalesced: a vote marks its question, and each interval the counts of the marked questions go out
/// in one message per audience, read with their versions in one query. Staff hear every question's count, the
/// audience only the public ones'.
/// </summary>
public sealed class VoteCountsFeed(EventsDbContext db, IHubContext<LiveHub, ILiveClient> hub) : ILiveFeed
{
    public async Task FlushAsync(IServiceProvider services, int eventId, IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        var rows = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == eventId && itemIds.Contains(q.Id))
            .Select(q => new { q.Id, q.Votes, q.VotesVersion, q.Status })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return;
        }
        var all = rows.OrderBy(r => r.Id).Select(r => new VoteCount(r.Id, r.Votes, r.VotesVersion)).ToList();
        var isPublic = rows.Where(r => r.Status is QuestionStatus.Published or QuestionStatus.Answering or QuestionStatus.Answered)
            .Select(r => r.Id).ToHashSet();
        if (isPublic.Count == all.Count)
        {
            await hub.Clients.Groups(LiveGroups.Audience(eventId), LiveGroups.Staff(eventId)).VotesChanged(new VoteCounts(eventId, all));
            return;
        }
        await hub.Clients.Group(LiveGroups.Staff(eventId)).VotesChanged(new VoteCounts(eventId, all));
        if (isPublic.Count > 0)
        {
            await hub.Clients.Group(LiveGroups.Audience(eventId)).VotesChanged(new VoteCounts(eventId, all.Where(c => isPublic.Contains(c.Id)).ToList()));
        }
    }
}
