using Events.Web.Localization;

namespace Events.Web.Public;

/// <summary>
/// The published events for anyone, in the reader's language (<c>?lang=</c>, then the cookie, then
/// <c>Accept-Language</c>): each text translated where the organiser gave a translation, the original otherwise.
/// </summary>
public static class PublicEventEndpoints
{
    public static IEndpointRouteBuilder MapPublicEvents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Public events").AllowAnonymous();
        group.MapGet("/", ListPublished);
        group.MapGet("/{slug}", GetPublished);
        return app;
    }

    private static async Task<Ok<List<PublicEventSummaryDto>>> ListPublished(EventsDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status != EventStatus.Draft)
            .OrderBy(e => e.StartsAtUtc)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(events.Select(e => e.ToPublicSummaryDto(ReaderLanguage.Current)).ToList());
    }

    private static async Task<Results<Ok<PublicEventDto>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> GetPublished(
        string slug, EventsDbContext db, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().AsSplitQuery().Include(e => e.Questions).FindFullAsync(slug, cancellationToken);
        if (ev is null || !ev.IsPublic)
        {
            return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "No such event.", Status = 404 });
        }
        return TypedResults.Ok(ev.ToPublicDto(EventContent.ForReader(ev)));
    }
}
