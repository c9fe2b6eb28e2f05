using Events.Core.Live;
using Events.Core.Polls;
using Events.Web.Polls;

namespace Events.Web.Live;

/// <summary>
/// Builds what a (re)joining page draws from, for the participant and view asking. The audience's part is shared
/// (<see cref="JoinSnapshots"/>); what is the joiner's own is read by indexed queries on them, and the vote counts
/// are read fresh, so no join reads anything per member of the audience and no count is older than the join.
/// </summary>
public sealed class LiveSnapshots(EventsDbContext db, Presence presence, JoinSnapshots shared, PollVoting voting)
{
    public async Task<LiveSnapshot> BuildAsync(Participant who, LiveView view, int? channelId, CancellationToken ct)
    {
        if (view == LiveView.Console)
        {
            return await ConsoleAsync(who, channelId, ct);
        }
        var version = await LiveVersion.ReadAsync(db, who.EventId, ct);
        // The connection's language: the hub's address carries the page's (?lang=), else its cookie or browser.
        var audience = await shared.GetAsync(who.EventId, Localization.ReaderLanguage.Current, version);
        var counts = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == who.EventId && q.Kind == PostKind.Question)
            .Where(q => q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering || q.Status == QuestionStatus.Answered)
            .Select(q => new VoteCount(q.Id, q.Votes, q.VotesVersion)).ToDictionaryAsync(c => c.Id, ct);
        // One the counts no longer list left the public list after the build; its removal is on its way to the page too.
        var questions = audience.Questions.Where(q => counts.ContainsKey(q.Id))
            .Select(q => counts[q.Id] is var c && c.Version > q.VotesVersion ? q with { Votes = c.Votes, VotesVersion = c.Version } : q)
            .OrderByDescending(q => q.Votes).ThenBy(q => q.Id).ToList();
        var (mine, myVotes, blocked) = await PersonalAsync(who, ct);
        return new LiveSnapshot(who.EventId, audience.Title, audience.TimeZoneId, audience.Session, audience.Agenda, audience.Channels,
            questions, mine, myVotes, channelId, !blocked && audience.IsOpen, audience.AllowFullyAnonymous, audience.Moderation, null,
            audience.Language);
    }

    /// <summary>
    /// The polls an attendee sees, from the shared snapshot: no poll is read per join. Their own answers are read only
    /// while a poll is open (the page shows them only on the open poll's form), by a point read on their key.
    /// </summary>
    public async Task<PollsStateView> PollsAsync(Participant who, CancellationToken ct)
    {
        var version = await LiveVersion.ReadAsync(db, who.EventId, ct);
        var audience = await shared.GetAsync(who.EventId, Localization.ReaderLanguage.Current, version);
        var open = audience.Polls.Where(p => p.Status == PollStatus.Open).Select(p => p.Id).ToList();
        var mine = open.Count == 0 ? new Dictionary<int, IReadOnlyList<int>>() : await voting.MineAsync(open, who.Key, ct);
        return new PollsStateView(audience.Polls, audience.PollResults, mine);
    }

    /// <summary>The moderators' console: every question with the names staff may see, and the presence count. Staff are few.</summary>
    private async Task<LiveSnapshot> ConsoleAsync(Participant who, int? channelId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(e => e.Channels)
            .Include(e => e.AgendaItems).ThenInclude(a => a.People).ThenInclude(p => p.Speaker)
            .SingleAsync(e => e.Id == who.EventId, ct);
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == ev.Id && q.Kind == PostKind.Question && q.Status != QuestionStatus.Merged)
            .OrderByDescending(q => q.Votes).ThenBy(q => q.Id).ToListAsync(ct);
        var text = Localization.ReaderLanguage.For(ev);
        var (mine, myVotes, blocked) = await PersonalAsync(who, ct);
        return new LiveSnapshot(
            ev.Id,
            text.Text(ev.Translations, nameof(Event.Title), ev.Title).Text,
            ev.TimeZoneId,
            ev.ToSessionView(),
            ev.AgendaItems.OrderBy(a => a.StartsAtUtc).Select(a => a.ToView(text)).ToList(),
            Core.Interpretation.ChannelPlanner.InOrder(ev.Channels).Select(c => c.ToView(text)).ToList(),
            questions.Select(q => q.ToStaffView()).ToList(),
            mine,
            myVotes,
            channelId,
            !blocked && ev.Status is EventStatus.Published or EventStatus.Live,
            ev.AllowFullyAnonymousQuestions,
            ev.Moderation,
            (await presence.FigureAsync(ev.Id, ct)).ToView(),
            text.Language);
    }

    /// <summary>The joiner's own questions (pending ones too), votes and block: each an indexed read on their key.</summary>
    private async Task<(IReadOnlyList<QuestionView> Mine, IReadOnlyList<int> MyVotes, bool Blocked)> PersonalAsync(Participant who, CancellationToken ct)
    {
        var mine = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == who.EventId && q.AskerKey == who.Key && q.Kind == PostKind.Question && q.Status != QuestionStatus.Merged)
            .OrderBy(q => q.Id).ToListAsync(ct);
        var myVotes = await db.QuestionVotes.AsNoTracking()
            .Where(v => v.VoterKey == who.Key && db.Questions.Any(q => q.Id == v.QuestionId && q.EventId == who.EventId))
            .Select(v => v.QuestionId).ToListAsync(ct);
        var blocked = await db.AskerBlocks.AnyAsync(b => b.EventId == who.EventId && b.ParticipantKey == who.Key, ct);
        return (mine.Select(q => q.ToAudienceView()).ToList(), myVotes, blocked);
    }
}
