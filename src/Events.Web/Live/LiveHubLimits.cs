using System.Security.Claims;
using Events.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>
/// The hub's rate limit, one place for every public method: Join and SelectChannel are refused with
/// "rate-limited", Ask and Vote answer as refused (an AskResult with the error, a null count; their callers show it). Counted per participant, the same key
/// votes and blocks use; guests cannot mint themselves fresh keys faster than <see cref="RateLimits.GuestJoin"/> allows.
/// </summary>
public sealed class LiveHubLimits(LiveRateLimiter limits) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var key = CallerKey(invocationContext.Context);
        switch (invocationContext.HubMethodName)
        {
            case nameof(LiveHub.Join) when !limits.TryJoin(key):
            case nameof(LiveHub.SelectChannel) when !limits.TrySelectChannel(key):
                throw new HubException("rate-limited");
            case nameof(LiveHub.Ask) when !limits.TryAsk(key):
                return new AskResult(null, AskError.RateLimited);
            // Comments draw on the questions' budget: one limit on what a participant can post.
            case nameof(LiveHub.Comment) when !limits.TryAsk(key):
                return new CommentResult(null, AskError.RateLimited);
            case nameof(LiveHub.Vote) when !limits.TryVote(key):
                return null;
            case nameof(LiveHub.AnswerPoll) when !limits.TryAnswerPoll(key):
                return Core.Polls.PollAnswerError.RateLimited;
            default:
                return await next(invocationContext);
        }
    }

    /// <summary>The participant's key from the session alone (no database read before the limit).</summary>
    private static string CallerKey(HubCallerContext context)
    {
        var user = context.User;
        if (user?.FindFirstValue(LiveClaims.RegistrationId) is { } registrationId && int.TryParse(registrationId, out var id))
        {
            return Participant.AttendeeKey(id);
        }
        if (user?.FindFirstValue(LiveClaims.GuestId) is { } guestId)
        {
            return Participant.GuestKey(guestId);
        }
        return user?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? Participant.StaffKey(userId) : "connection:" + context.ConnectionId;
    }
}
