using Events.Core.Polls;
using Events.Web.Live.Feeds;
using Events.Web.Polls;

namespace Events.Web.Live;

/// <summary>Polls: moderators open and close them and show or keep the results; participants answer, once each, changeably.</summary>
public sealed partial class LiveHub
{
    /// <summary>
    /// The polls' part of the page, fetched after each (re)join. A presenter view also joins the presenters' results.
    /// The audience's comes from the shared snapshot, its results brought up to date by the next feed interval.
    /// </summary>
    public async Task<PollsStateView> PollsState(LiveView view, [FromServices] PollLive polls, [FromServices] JoinerPollResults joiners)
    {
        var who = await StillAdmittedAsync();
        if (!who.IsStaff || view == LiveView.Attendee)
        {
            var state = await snapshots.PollsAsync(who, Context.ConnectionAborted);
            if (state.Results.Count > 0)
            {
                joiners.Add(who.EventId, Context.ConnectionId);
                feeds.Mark<JoinerPollResultsFeed>(who.EventId, JoinerPollResultsFeed.Item);
            }
            return state;
        }
        if (view == LiveView.Presenter)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, PollGroups.Presenters(who.EventId), Context.ConnectionAborted);
        }
        return await polls.StateAsync(who, view, Context.ConnectionAborted);
    }

    /// <summary>Null when recorded; otherwise why not (closed, invalid, rate-limited).</summary>
    public async Task<PollAnswerError?> AnswerPoll(int pollId, int[] choiceIds, [FromServices] PollVoting voting, [FromServices] PollLive polls)
    {
        var who = await StillAdmittedAsync();
        var error = await voting.AnswerAsync(who.EventId, who.Key, pollId, choiceIds ?? [], Context.ConnectionAborted);
        if (error is null)
        {
            polls.Answered(who.EventId, pollId);
        }
        return error;
    }

    public async Task<bool> OpenPoll(int eventId, int pollId, [FromServices] PollVoting voting, [FromServices] PollLive polls)
    {
        await RequireStaffAsync(eventId);
        var changed = await voting.OpenAsync(eventId, pollId, Context.ConnectionAborted);
        await polls.ChangedAsync(changed, Context.ConnectionAborted);
        return changed.Count > 0;
    }

    public async Task<bool> ClosePoll(int eventId, int pollId, [FromServices] PollVoting voting, [FromServices] PollLive polls)
    {
        await RequireStaffAsync(eventId);
        var poll = await voting.CloseAsync(eventId, pollId, Context.ConnectionAborted);
        await polls.ChangedAsync(poll is null ? [] : [poll], Context.ConnectionAborted);
        return poll is not null;
    }

    public async Task<bool> SetPollResultsVisible(int eventId, int pollId, bool visible, [FromServices] PollVoting voting, [FromServices] PollLive polls)
    {
        await RequireStaffAsync(eventId);
        var poll = await voting.SetResultsVisibleAsync(eventId, pollId, visible, Context.ConnectionAborted);
        await polls.ChangedAsync(poll is null ? [] : [poll], Context.ConnectionAborted);
        return poll is not null;
    }
}
