using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>Staff methods: each names its event and is refused unless the caller is staff for that event.</summary>
public sealed partial class LiveHub
{
    public async Task Moderate(int eventId, int questionId, ModerationAction action, [FromServices] QuestionModerator moderator)
    {
        await RequireStaffAsync(eventId);
        await broadcast.QuestionsAsync(await moderator.ApplyAsync(eventId, questionId, action, Context.ConnectionAborted));
    }

    public async Task Merge(int eventId, int duplicateId, int targetId, [FromServices] QuestionModerator moderator)
    {
        await RequireStaffAsync(eventId);
        await broadcast.QuestionsAsync(await moderator.MergeAsync(eventId, duplicateId, targetId, Context.ConnectionAborted));
    }

    public async Task<bool> BlockAsker(int eventId, int questionId, [FromServices] QuestionModerator moderator)
    {
        await RequireStaffAsync(eventId);
        return await moderator.BlockAskerAsync(eventId, questionId, Context.ConnectionAborted);
    }

    public async Task<bool> RunSession(int eventId, SessionCommand command, [FromServices] LiveSession session)
    {
        await RequireStaffAsync(eventId);
        var ev = await session.RunAsync(eventId, command, Context.ConnectionAborted);
        if (ev is null)
        {
            return false;
        }
        await broadcast.SessionAsync(ev);
        return true;
    }

    public async Task<bool> SetChannelLive(int eventId, int channelId, bool live, [FromServices] LiveSession session)
    {
        await RequireStaffAsync(eventId);
        var channel = await session.SetChannelLiveAsync(eventId, channelId, live, Context.ConnectionAborted);
        if (channel is null)
        {
            return false;
        }
        await broadcast.ChannelAsync(channel);
        return true;
    }

    private async Task RequireStaffAsync(int eventId)
    {
        if (!await access.IsStaffForAsync(Context.User!, eventId, Context.ConnectionAborted))
        {
            throw new HubException("not-allowed");
        }
    }
}
