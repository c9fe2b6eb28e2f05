using Events.Core.Live;
using Events.Web.Live.Feeds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>
/// The live session. Attendees are bound to the one event their cookie admits them to; staff methods check the
/// caller's role for the event named. The server saves every change, then broadcasts it. Calls are rate-limited
/// by <see cref="LiveHubLimits"/>; withdrawn access removes the connection from its groups (<see cref="HubEviction"/>).
/// </summary>
[Authorize(Policy = LiveClaims.Policy)]
public sealed partial class LiveHub(
    LiveAccess access,
    LiveSnapshots snapshots,
    Presence presence,
    QuestionBoard board,
    LiveBroadcaster broadcast,
    LiveFeeds feeds) : Hub<ILiveClient>
{
    private const string ParticipantItem = "participant";

    public async Task<LiveSnapshot> Join(int eventId, LiveView view, int? channelId)
    {
        var ct = Context.ConnectionAborted;
        var who = await access.ResolveAsync(Context.User!, eventId, ct) ?? throw new HubException("not-admitted");
        if (view != LiveView.Attendee && !who.IsStaff)
        {
            throw new HubException("not-allowed");
        }
        if (Current is { } previous && previous.EventId != eventId)
        {
            await LeaveGroupsAsync(previous);
        }
        Context.Items[ParticipantItem] = who;
        var group = view == LiveView.Console ? LiveGroups.Staff(eventId) : LiveGroups.Audience(eventId);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, ct);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Person(eventId, who.Key), ct);
        // Every view is recorded (staff are not counted as present): the row is how an eviction finds the connection.
        channelId = await presence.JoinAsync(Context.ConnectionId, who, channelId, ct);
        if (view == LiveView.Attendee)
        {
            // Counted once per interval for everyone who joined meanwhile, not once per join.
            feeds.Mark<PresenceFeed>(eventId, PresenceFeed.Item);
        }
        return await snapshots.BuildAsync(who, view, channelId, ct);
    }

    public async Task<AskResult> Ask(AskRequest request)
    {
        var who = await StillAdmittedAsync();
        var outcome = await board.AskAsync(who, request.Text, request.Anonymity, Context.ConnectionAborted);
        if (outcome.Question is null)
        {
            return new AskResult(null, outcome.Error);
        }
        await broadcast.AskedAsync(outcome.Question);
        return new AskResult(outcome.Question.ToAudienceView(), null);
    }

    /// <summary>
    /// Adds (up) or withdraws the caller's vote. Returns the new count at once, or null when refused (limit, or not
    /// votable); everyone else hears it in the next coalesced <see cref="ILiveClient.VotesChanged"/>. An attendee's or
    /// guest's admission is checked afresh where the vote is written, in its transaction with the rest of its batch
    /// (<see cref="VoteWriter"/>), rather than by a read of its own here; staff are checked here, against their team.
    /// </summary>
    public async Task<VoteCount?> Vote(int questionId, bool up)
    {
        var joined = Current ?? throw new HubException("join-first");
        using var changing = feeds.Changing<VoteCountsFeed>(joined.EventId);
        var who = joined.IsStaff ? await StillAdmittedAsync() : joined;
        var outcome = await board.VoteAsync(who, questionId, up, Context.ConnectionAborted);
        if (outcome.NotAdmitted)
        {
            throw new HubException("not-admitted");
        }
        if (outcome.Tally is not { } tally)
        {
            return null;
        }
        feeds.Mark<VoteCountsFeed>(who.EventId, questionId);
        return new VoteCount(tally.QuestionId, tally.Votes, tally.Version);
    }

    /// <summary>Counts the caller as listening to another channel. False when it is not one of this event's.</summary>
    public async Task<bool> SelectChannel(int channelId)
    {
        var who = await StillAdmittedAsync();
        if (!await presence.SwitchChannelAsync(Context.ConnectionId, who.EventId, channelId, Context.ConnectionAborted))
        {
            return false;
        }
        feeds.Mark<PresenceFeed>(who.EventId, PresenceFeed.Item);
        return true;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var eventId in await presence.LeaveAsync(Context.ConnectionId, CancellationToken.None))
        {
            feeds.Mark<PresenceFeed>(eventId, PresenceFeed.Item);
        }
        await base.OnDisconnectedAsync(exception);
    }

    private Participant? Current => Context.Items.TryGetValue(ParticipantItem, out var p) ? p as Participant : null;

    /// <summary>
    /// Who the caller is now, not when they joined: a cancelled or erased registration, a guest after open Q&amp;A was
    /// switched off, a moderator taken off the event, all stop acting at once on a long-lived connection.
    /// </summary>
    private async Task<Participant> StillAdmittedAsync()
    {
        var joined = Current ?? throw new HubException("join-first");
        var who = await access.ResolveAsync(Context.User!, joined.EventId, Context.ConnectionAborted) ?? throw new HubException("not-admitted");
        Context.Items[ParticipantItem] = who;
        return who;
    }

    private async Task LeaveGroupsAsync(Participant who)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Audience(who.EventId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Staff(who.EventId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Person(who.EventId, who.Key));
        if ((await presence.LeaveAsync(Context.ConnectionId, CancellationToken.None)).Count > 0)
        {
            feeds.Mark<PresenceFeed>(who.EventId, PresenceFeed.Item);
        }
    }
}
