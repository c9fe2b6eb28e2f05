using Events.Core.Audit;
using Events.Core.Teams;
using Events.Web.Teams;

namespace Events.Web.Audit;

public sealed record AuditEntryDto(long Id, DateTime AtUtc, string Action, string? ActorId, string Actor, string? Target, string Detail);

public sealed record AuditPageDto(List<AuditEntryDto> Entries, int Page, int Pages, int Total);

public static class AuditEndpoints
{
    /// <summary><c>GET …/events/{slug}/audit?action=&amp;from=&amp;to=&amp;page=</c>: the event's log, for its owners only.</summary>
    public static void MapAudit(this RouteGroupBuilder organiserEvent) =>
        organiserEvent.MapGet("/audit", List).WithTags("Organiser: audit log")
            .RequireAuthorization(p => p.AddRequirements(new TeamRequirement(TeamRole.Owner)));

    /// <summary><c>GET /api/admin/audit</c>: the whole site's log (sign-ins have no event), for administrators.</summary>
    public static void MapSiteAudit(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit", SiteWide).WithTags("Administration: audit log").RequireAuthorization(Policies.Administrator);

    public static AuditEntryDto ToDto(this AuditEntry a) => new(a.Id, a.AtUtc, a.Action.ToString(), a.ActorId, a.Actor, a.Target, a.Detail);

    private static async Task<Results<Ok<AuditPageDto>, NotFound, ValidationProblem>> List(
        string slug, string? action, string? from, string? to, string? page, EventsDbContext db, AuditLog log, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.TimeZoneId }).SingleOrDefaultAsync(ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var (query, errors) = AuditQuery.Parse(action, from, to, page);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var result = await log.ForEventAsync(ev.Id, query, TimeZoneInfo.FindSystemTimeZoneById(ev.TimeZoneId), ct);
        return TypedResults.Ok(new AuditPageDto(result.Entries.Select(a => a.ToDto()).ToList(), result.Page, result.Pages, result.Total));
    }

    private static async Task<Results<Ok<AuditPageDto>, ValidationProblem>> SiteWide(
        string? action, string? from, string? to, string? page, AuditLog log, CancellationToken ct)
    {
        var (query, errors) = AuditQuery.Parse(action, from, to, page);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var result = await log.SiteWideAsync(query, TimeZoneInfo.Utc, ct);
        return TypedResults.Ok(new AuditPageDto(result.Entries.Select(a => a.ToDto()).ToList(), result.Page, result.Pages, result.Total));
    }
}
