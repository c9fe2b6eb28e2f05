using System.Security.Claims;
using Events.Core.Captions;
using Events.Core.Teams;
using Events.Web.Captions;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

/// <summary>
/// Captions: attendees follow one language (or none); captioners, and moderators and above, of the event send lines
/// from the caption console. A caption console does not join the session: a captioner is not a participant and sees no questions.
/// </summary>
public sealed partial class LiveHub
{
    private const string CaptionGroupItem = "captions";

    /// <summary>The languages this event's captions may be followed in (the event's languages, original first).</summary>
    public async Task<IReadOnlyList<string>> CaptionLanguages([FromServices] EventsDbContext db)
    {
        var who = await StillAdmittedAsync();
        return await db.Events.Where(e => e.Id == who.EventId).Select(e => e.Languages).SingleAsync(Context.ConnectionAborted);
    }

    /// <summary>Follows the captions of <paramref name="language"/> (null stops); returns its recent lines, for context.</summary>
    public async Task<IReadOnlyList<CaptionView>> FollowCaptions(string? language, [FromServices] CaptionDesk desk)
    {
        var who = await StillAdmittedAsync();
        return await WatchCaptionsAsync(who.EventId, language, desk);
    }

    /// <summary>The caption console: follows the language it types in (so two captioners see each other's lines).</summary>
    public async Task<IReadOnlyList<CaptionView>> CaptionConsole(int eventId, string language, [FromServices] CaptionDesk desk, [FromServices] TeamAccess teams)
    {
        if (!await teams.MayActOnEventAsync(Context.User!, eventId, TeamRole.Captioner, Context.ConnectionAborted))
        {
            throw new HubException("not-allowed");
        }
        return await WatchCaptionsAsync(eventId, language, desk);
    }

    public async Task<CaptionSendResult> SendCaption(int eventId, string language, string text, [FromServices] CaptionDesk desk,
        [FromServices] CaptionRateLimiter limits)
    {
        if (!limits.TrySend(Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? Context.ConnectionId))
        {
            return new CaptionSendResult([], ["rate-limited"]);
        }
        var result = await desk.SendAsync(Context.User!, eventId, language, text, Context.ConnectionAborted);
        return result.Outcome switch
        {
            CaptionOutcome.Sent => new CaptionSendResult(await CaptionBroadcast.SendAsync(Clients, result.Lines), []),
            CaptionOutcome.Invalid => new CaptionSendResult([], result.Errors.ToDictionary().Keys.ToList()),
            _ => throw new HubException("not-allowed"),
        };
    }

    private async Task<IReadOnlyList<CaptionView>> WatchCaptionsAsync(int eventId, string? language, CaptionDesk desk)
    {
        if (Context.Items.TryGetValue(CaptionGroupItem, out var previous) && previous is string group)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
            Context.Items.Remove(CaptionGroupItem);
        }
        if (language is null || await desk.RecentAsync(eventId, language, Context.ConnectionAborted) is not { } recent)
        {
            return [];
        }
        var next = CaptionGroups.Language(eventId, language);
        await Groups.AddToGroupAsync(Context.ConnectionId, next, Context.ConnectionAborted);
        Context.Items[CaptionGroupItem] = next;
        return recent.Select(CaptionView.Of).ToList();
    }
}
