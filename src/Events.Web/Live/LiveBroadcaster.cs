using Events.Core.Interpretation;
using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>Tells each audience what changed, in the shape it may see. Called after the change is saved.</summary>
public sealed class LiveBroadcaster(IHubContext<LiveHub, ILiveClient> hub)
{
    public Task QuestionAsync(Question q) => SendAsync(q, mayHaveBeenPublic: true);

    /// <summary>
    /// A question just asked. Held for moderation, it was never public: the audience hears nothing, where a change
    /// of an older question sends every attendee its removal (one message per attendee for each question asked).
    /// </summary>
    public Task AskedAsync(Question q) => SendAsync(q, mayHaveBeenPublic: false);

    private async Task SendAsync(Question q, bool mayHaveBeenPublic)
    {
        await hub.Clients.Group(LiveGroups.Staff(q.EventId)).QuestionChanged(q.ToStaffView());
        await hub.Clients.Group(LiveGroups.Person(q.EventId, q.AskerKey)).MyQuestionChanged(q.ToAudienceView());
        if (q.IsPublic)
        {
            await hub.Clients.Group(LiveGroups.Audience(q.EventId)).QuestionChanged(q.ToAudienceView());
        }
        else if (mayHaveBeenPublic)
        {
            // Harmless for those who never saw it; removes it for those who did.
            await hub.Clients.Group(LiveGroups.Audience(q.EventId)).QuestionRemoved(q.Id);
        }
    }

    public async Task QuestionsAsync(IEnumerable<Question> questions)
    {
        foreach (var q in questions)
        {
            await QuestionAsync(q);
        }
    }

    public Task SessionAsync(Event ev) =>
        hub.Clients.Groups(LiveGroups.Audience(ev.Id), LiveGroups.Staff(ev.Id)).SessionChanged(ev.ToSessionView());

    public Task ChannelAsync(InterpretationChannel channel) =>
        hub.Clients.Groups(LiveGroups.Audience(channel.EventId), LiveGroups.Staff(channel.EventId)).ChannelChanged(channel.ToView());

    public Task PresenceAsync(int eventId, PresenceCount count) =>
        hub.Clients.Group(LiveGroups.Staff(eventId)).PresenceChanged(count.ToView());
}
