using Events.Core.Readings;
using Events.Web.Public;

namespace Events.Web.Organiser;

public static class ReadingEndpoints
{
    public sealed record ReorderRequest(List<int>? ReadingIds);

    public static void MapReadings(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/readings").WithTags("Organiser: readings");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
        group.MapPut("/order", Reorder);
    }

    private static async Task<Results<Ok<List<ReadingDto>>, NotFound>> List(string slug, EventsDbContext db, ReadingList readings, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok((await readings.ListAsync(ev.Id, ct)).Select(r => r.ToOrganiserDto()).ToList());
    }

    private static async Task<Results<Created<ReadingDto>, NotFound, ValidationProblem>> Add(
        string slug, ReadingInput input, EventsDbContext db, ReadingList readings, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await readings.AddAsync(ev.Id, input, ct);
        return EditResponses.Created(result, $"/api/organiser/events/{ev?.Slug}/readings", v => v.Id, v => v.ToOrganiserDto());
    }

    private static async Task<Results<Ok<ReadingDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, ReadingInput input, EventsDbContext db, ReadingList readings, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await readings.UpdateAsync(ev.Id, id, input, ct);
        return EditResponses.Updated(result, v => v.ToOrganiserDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, ReadingList readings, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is not null && await readings.RemoveAsync(ev.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<List<ReadingDto>>, NotFound, ValidationProblem>> Reorder(
        string slug, ReorderRequest request, EventsDbContext db, ReadingList readings, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var (ordered, errors) = await readings.ReorderAsync(ev.Id, request.ReadingIds, ct);
        return ordered is null ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(ordered.Select(r => r.ToOrganiserDto()).ToList());
    }
}
