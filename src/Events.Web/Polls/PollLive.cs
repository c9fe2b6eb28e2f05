using Events.Core.Content;
using Events.Core.Live;
using Events.Core.Polls;
using Events.Web.Live;
using Events.Web.Live.Feeds;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Polls;

/// <summary>The polls' part of a live page: its state after each join, and what the hub tells pages once a change is saved.</summary>
public sealed class PollLive(EventsDbContext db, PollEditor editor, PollVoting voting, LiveFeeds feeds, IHubContext<LiveHub, ILiveClient> hub)
{
    /// <summary>Console: every poll. Presenter: those opened so far. Attendee: the open ones, and closed ones whose results are shown.</summary>
    public async Task<PollsStateView> StateAsync(Participant who, LiveView view, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == who.EventId, ct);
        var text = Localization.ReaderLanguage.For(ev);
        var staff = who.IsStaff && view != LiveView.Attendee;
        var polls = (await editor.ListAsync(ev.Id, ct))
            .Where(p => (staff && view == LiveView.Console) || (staff ? p.Status != PollStatus.Draft : SeenByAudience(p)))
            .ToList();
        var withResults = polls.Where(p => staff || p.ShowResultsToAttendees).Select(p => p.Id).ToList();
        return new PollsStateView(
            polls.Select(p => p.ToView(text)).ToList(),
            await voting.ResultsAsync(ev.Id, withResults, ct),
            await voting.MineAsync(ev.Id, who.Key, ct));
    }

    public static bool SeenByAudience(Poll poll) =>
        poll.Status == PollStatus.Open || (poll.Status == PollStatus.Closed && poll.ShowResultsToAttendees);

    /// <summary>Tells staff every change, the audience what is no draft; the results follow through the feed.</summary>
    public async Task ChangedAsync(IReadOnlyList<Poll> polls, CancellationToken ct)
    {
        if (polls.Count == 0)
        {
            return;
        }
        var eventId = polls[0].EventId;
        var original = await db.Events.Where(e => e.Id == eventId).Select(e => e.OriginalLanguage).SingleAsync(ct);
        var text = new ContentReader(original, original);
        foreach (var poll in polls)
        {
            var view = poll.ToView(text);
            await hub.Clients.Group(LiveGroups.Staff(eventId)).PollChanged(view);
            if (poll.Status != PollStatus.Draft)
            {
                await hub.Clients.Group(LiveGroups.Audience(eventId)).PollChanged(view);
            }
            feeds.Mark<PollResultsFeed>(eventId, poll.Id);
        }
    }

    public void Answered(int eventId, int pollId) => feeds.Mark<PollResultsFeed>(eventId, pollId);
}
