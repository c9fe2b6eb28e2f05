namespace Events.Web.Public;

public static class PublicEventEndpoints
{
    public static IEndpointRouteBuilder MapPublicEvents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Public events").AllowAnonymous();
        group.MapGet("/", ListPublished);
        group.MapGet("/{slug}", GetPublished);
        return app;
    }

    private static async Task<Ok<List<EventSummaryDto>>> ListPublished(EventsDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status != EventStatus.Draft)
            .OrderBy(e => e.StartsAtUtc)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(events.Select(e => e.ToSummaryDto()).ToList());
    }

    private static async Task<Results<Ok<EventDto>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> GetPublished(
        string slug, EventsDbContext db, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, cancellationToken);
        if (ev is null || !ev.IsPublic)
        {
            return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "No such event.", Status = 404 });
        }
        return TypedResults.Ok(ev.ToDto(forOrganiser: false));
    }
}
