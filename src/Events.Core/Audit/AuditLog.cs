using Events.Core.Teams;

namespace Events.Core.Audit;

/// <summary>
/// Reading the audit log, for the event's owners, a forum's owners and the site's administrators: the filters of an
/// <see cref="AuditQuery"/>, newest first, <see cref="PageSize"/> at a time.
/// </summary>
public sealed class AuditLog(EventsDbContext db)
{
    public const int PageSize = 50;

    public Task<AuditLogPage> ForEventAsync(int eventId, AuditQuery query, TimeZoneInfo zone, CancellationToken ct) =>
        ReadAsync(db.AuditEntries.Where(a => a.EventId == eventId), query, zone, ct);

    /// <summary>The forum's events and its own team's changes (which belong to no event).</summary>
    public Task<AuditLogPage> ForForumAsync(int forumId, AuditQuery query, TimeZoneInfo zone, CancellationToken ct)
    {
        var team = TeamDetail(TeamScope.Forum(forumId)) + ",";
        return ReadAsync(db.AuditEntries.Where(a => db.Events.Any(e => e.ForumId == forumId && e.Id == a.EventId) || a.Detail.StartsWith(team)),
            query, zone, ct);
    }

    /// <summary>Everything, sign-ins and other entries of no event included: for administrators.</summary>
    public Task<AuditLogPage> SiteWideAsync(AuditQuery query, TimeZoneInfo zone, CancellationToken ct) =>
        ReadAsync(db.AuditEntries, query, zone, ct);

    /// <summary>How a team change names its team, first in the detail (<c>team=forum:3</c>, <c>team=event:5</c>).</summary>
    public static string TeamDetail(TeamScope scope) => scope.ForumId is { } forumId
        ? FormattableString.Invariant($"team=forum:{forumId}")
        : FormattableString.Invariant($"team=event:{scope.EventId}");

    private static async Task<AuditLogPage> ReadAsync(IQueryable<AuditEntry> entries, AuditQuery query, TimeZoneInfo zone, CancellationToken ct)
    {
        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }
        if (query.From is { } from)
        {
            var start = StartOfDay(from, zone);
            entries = entries.Where(a => a.AtUtc >= start);
        }
        if (query.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1), zone);
            entries = entries.Where(a => a.AtUtc < end);
        }
        var total = await entries.CountAsync(ct);
        var page = await entries.AsNoTracking().OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AuditLogPage(page, query.Page, total);
    }

    /// <summary>Midnight in the zone, or the first hour after it where clocks skip midnight.</summary>
    private static DateTime StartOfDay(DateOnly day, TimeZoneInfo zone) =>
        EventTime.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone) ?? EventTime.ToUtc(day.ToDateTime(new TimeOnly(1, 0)), zone)!.Value;
}
