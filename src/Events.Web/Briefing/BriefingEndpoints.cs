using Events.Core.Briefing;

namespace Events.Web.Briefing;

/// <summary><see cref="ScheduledForUtc"/> is when the automatic briefing goes (null once past); counts come from the ledger.</summary>
public sealed record BriefingStatusDto(DateTime? ScheduledForUtc, int Interpreters, int Sent, int Failed);

public static class BriefingEndpoints
{
    public static BriefingStatusDto ToDto(this BriefingStatus s) => new(s.ScheduledForUtc, s.Interpreters, s.Sent, s.Failed);

    public static void MapBriefing(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/briefing").WithTags("Organiser: interpreter briefing");
        group.MapGet("/", Status);
        group.MapPost("/send-now", SendNow);
    }

    private static async Task<Results<Ok<BriefingStatusDto>, NotFound>> Status(string slug, EventsDbContext db, BriefingDesk desk, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok((await desk.StatusAsync(ev, ct)).ToDto());
    }

    private static async Task<Results<Accepted<BriefingStatusDto>, NotFound, ValidationProblem>> SendNow(
        string slug, EventsDbContext db, BriefingDesk desk, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var (_, errors) = await desk.SendNowAsync(ev, ct);
        return errors.IsValid
            ? TypedResults.Accepted($"/api/organiser/events/{ev.Slug}/briefing", (await desk.StatusAsync(ev, ct)).ToDto())
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }
}
