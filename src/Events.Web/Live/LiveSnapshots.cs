using Events.Core.Live;

namespace Events.Web.Live;

/// <summary>Builds what a (re)joining page draws from, for the participant and view asking.</summary>
public sealed class LiveSnapshots(EventsDbContext db, Presence presence)
{
    public async Task<LiveSnapshot> BuildAsync(Participant who, LiveView view, int? channelId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(e => e.Channels)
            .Include(e => e.AgendaItems).ThenInclude(a => a.People).ThenInclude(p => p.Speaker)
            .SingleAsync(e => e.Id == who.EventId, ct);
        var staffView = view == LiveView.Console;
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == ev.Id && q.Kind == PostKind.Question && q.Status != QuestionStatus.Merged)
            .Where(q => staffView || q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering || q.Status == QuestionStatus.Answered)
            .OrderByDescending(q => q.Votes).ThenBy(q => q.Id).ToListAsync(ct);
        var mine = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == ev.Id && q.Kind == PostKind.Question && q.AskerKey == who.Key && q.Status != QuestionStatus.Merged).OrderBy(q => q.Id).ToListAsync(ct);
        var myVotes = await db.QuestionVotes.AsNoTracking()
            .Where(v => v.VoterKey == who.Key && db.Questions.Any(q => q.Id == v.QuestionId && q.EventId == ev.Id))
            .Select(v => v.QuestionId).ToListAsync(ct);
        // The connection's language: the hub's address carries the page's (?lang=), else its cookie or browser.
        var text = Localization.ReaderLanguage.For(ev);
        var blocked = await db.AskerBlocks.AnyAsync(b => b.EventId == ev.Id && b.ParticipantKey == who.Key, ct);
        return new LiveSnapshot(
            ev.Id,
            text.Text(ev.Translations, nameof(Event.Title), ev.Title).Text,
            ev.TimeZoneId,
            ev.ToSessionView(),
            ev.AgendaItems.OrderBy(a => a.StartsAtUtc).Select(a => a.ToView(text)).ToList(),
            Core.Interpretation.ChannelPlanner.InOrder(ev.Channels).Select(c => c.ToView(text)).ToList(),
            questions.Select(q => staffView ? q.ToStaffView() : q.ToAudienceView()).ToList(),
            mine.Select(q => q.ToAudienceView()).ToList(),
            myVotes,
            channelId,
            !blocked && ev.Status is EventStatus.Published or EventStatus.Live,
            ev.AllowFullyAnonymousQuestions,
            ev.Moderation,
            staffView ? (await presence.CountAsync(ev.Id, ct)).ToView() : null,
            text.Language);
    }
}
