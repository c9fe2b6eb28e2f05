using System.Collections.Concurrent;
using Events.Core.Content;
using Events.Core.Interpretation;
using Events.Core.Live;
using Events.Core.Polls;
using Events.Web.Polls;
using Microsoft.Extensions.Options;

namespace Events.Web.Live;

/// <summary>
/// The shared part of every join, built once per (event, language, <see cref="Event.LiveVersion"/>) in this process
/// and handed to each joiner: a room of 10,000 joining costs one build, not 10,000 reads of every question, the
/// agenda and the polls. Concurrent joins at a new version wait for the same build. One entry per event and language is kept (a new
/// version replaces the old), and entries nobody asked for in a while are dropped, so the cache stays small.
/// </summary>
public sealed class JoinSnapshots(IServiceScopeFactory scopes, IOptions<LiveOptions> options)
{
    private static readonly long IdleMs = (long)TimeSpan.FromMinutes(10).TotalMilliseconds;

    private readonly ConcurrentDictionary<(int EventId, string Language), Entry> _entries = new();
    private long _builds;

    /// <summary>How many snapshots this process has built (for tests and diagnostics).</summary>
    public long Builds => Interlocked.Read(ref _builds);

    /// <summary>The snapshot for <paramref name="version"/> or a newer one.</summary>
    public async Task<AudienceSnapshot> GetAsync(int eventId, string language, long version)
    {
        var key = (eventId, language);
        var now = Environment.TickCount64;
        while (true)
        {
            if (_entries.TryGetValue(key, out var held) && held.Version >= version && !held.Stale(now, MaxAgeMs))
            {
                held.LastUsed = now;
                return await held.Snapshot.Value;
            }
            // Replacing one past its age: its version was read before this build reads anything, so it still labels it.
            var at = Math.Max(version, held?.Version ?? 0);
            var next = new Entry(at, now, new Lazy<Task<AudienceSnapshot>>(() => BuildAsync(eventId, language, at)));
            if (held is null ? _entries.TryAdd(key, next) : _entries.TryUpdate(key, next, held))
            {
                DropIdle(now);
                return await next.Snapshot.Value;
            }
        }
    }

    private long MaxAgeMs => options.Value.JoinSnapshotSeconds * 1000L;

    // Not the joiner's cancellation: others wait for the same build, and one leaving must not fail theirs.
    private async Task<AudienceSnapshot> BuildAsync(int eventId, string language, long version)
    {
        Interlocked.Increment(ref _builds);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var ev = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(e => e.Channels)
            .Include(e => e.AgendaItems).ThenInclude(a => a.People).ThenInclude(p => p.Speaker)
            .SingleAsync(e => e.Id == eventId);
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == eventId && q.Kind == PostKind.Question)
            .Where(q => q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering || q.Status == QuestionStatus.Answered)
            .OrderBy(q => q.Id).ToListAsync();
        var polls = PollEditor.Sorted(await db.Polls.AsNoTracking().Include(p => p.Choices)
            .Where(p => p.EventId == eventId && (p.Status == PollStatus.Open || (p.Status == PollStatus.Closed && p.ShowResultsToAttendees)))
            .ToListAsync());
        var text = ContentReader.For(ev, language);
        return new AudienceSnapshot(
            version,
            text.Text(ev.Translations, nameof(Event.Title), ev.Title).Text,
            ev.TimeZoneId,
            ev.ToSessionView(),
            ev.AgendaItems.OrderBy(a => a.StartsAtUtc).Select(a => a.ToView(text)).ToList(),
            ChannelPlanner.InOrder(ev.Channels).Select(c => c.ToView(text)).ToList(),
            questions.Select(q => q.ToAudienceView()).ToList(),
            ev.Status is EventStatus.Published or EventStatus.Live,
            ev.AllowFullyAnonymousQuestions,
            ev.Moderation,
            text.Language,
            polls.Select(p => p.ToView(text)).ToList(),
            polls.Where(p => p.ShowResultsToAttendees).Select(p => new PollResults(p.Id, p.ResultsVersion, p.Respondents,
                p.Choices.Select(c => new PollChoiceCount(c.Id, c.Count)).ToList())).ToList());
    }

    private void DropIdle(long now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.LastUsed > IdleMs)
            {
                _entries.TryRemove(new KeyValuePair<(int, string), Entry>(key, entry));
            }
        }
    }

    private sealed class Entry(long version, long builtAt, Lazy<Task<AudienceSnapshot>> snapshot)
    {
        public long Version { get; } = version;
        public long BuiltAt { get; } = builtAt;
        public Lazy<Task<AudienceSnapshot>> Snapshot { get; } = snapshot;
        public long LastUsed { get; set; } = builtAt;

        /// <summary>Past its age, or a build that failed (the next join tries again).</summary>
        public bool Stale(long now, long maxAgeMs) =>
            now - BuiltAt > maxAgeMs || Snapshot.IsValueCreated && Snapshot.Value is { IsFaulted: true } or { IsCanceled: true };
    }
}
