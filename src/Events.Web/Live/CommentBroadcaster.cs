using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>Tells each audience what changed in the comments, in the shape it may see. Called after the change is saved.</summary>
public sealed class CommentBroadcaster(IHubContext<LiveHub, ILiveClient> hub)
{
    public async Task CommentAsync(Question c)
    {
        await hub.Clients.Group(LiveGroups.Staff(c.EventId)).CommentChanged(c.ToStaffComment());
        await hub.Clients.Group(LiveGroups.Person(c.EventId, c.AskerKey)).MyCommentChanged(c.ToAudienceComment());
        if (c.IsPublic)
        {
            await hub.Clients.Group(LiveGroups.Audience(c.EventId)).CommentChanged(c.ToAudienceComment());
        }
        else
        {
            await hub.Clients.Group(LiveGroups.Audience(c.EventId)).CommentRemoved(c.Id);
        }
    }

    /// <summary>A comment became a question: every list of comments drops it (the questions' lists then receive it).</summary>
    public Task LeftCommentsAsync(Question q) =>
        hub.Clients.Groups(LiveGroups.Audience(q.EventId), LiveGroups.Staff(q.EventId), LiveGroups.Person(q.EventId, q.AskerKey)).CommentRemoved(q.Id);
}
