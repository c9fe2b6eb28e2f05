using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Readings;
using Events.Web.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Events.Web.Organiser;

public static class ReadingEndpoints
{
    public sealed record ReorderRequest(List<int>? ReadingIds);

    public static void MapReadings(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/readings").WithTags("Organiser: readings");
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
        group.MapPut("/order", Reorder);
    }

    private static async Task<Results<Created<ReadingDto>, NotFound, ValidationProblem>> Add(
        string slug, ReadingInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var reading = new Reading { Title = "", EventId = ev.Id, Position = ev.Readings.Count == 0 ? 0 : ev.Readings.Max(r => r.Position) + 1 };
        var errors = input.ApplyTo(reading);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        ev.Readings.Add(reading);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{slug}/readings/{reading.Id}", reading.ToDto());
    }

    private static async Task<Results<Ok<ReadingDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, ReadingInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var reading = ev?.Readings.SingleOrDefault(r => r.Id == id);
        if (reading is null)
        {
            return TypedResults.NotFound();
        }
        var errors = input.ApplyTo(reading);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(reading.ToDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var reading = ev?.Readings.SingleOrDefault(r => r.Id == id);
        if (reading is null)
        {
            return TypedResults.NotFound();
        }
        db.Readings.Remove(reading);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<ReadingDto>>, NotFound, ValidationProblem>> Reorder(
        string slug, ReorderRequest request, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var ids = request.ReadingIds ?? [];
        if (ids.Count != ev.Readings.Count || ids.Distinct().Count() != ids.Count || ids.Any(id => ev.Readings.All(r => r.Id != id)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["readingIds"] = ["Give every reading of the event exactly once."] });
        }
        for (var i = 0; i < ids.Count; i++)
        {
            ev.Readings.Single(r => r.Id == ids[i]).Position = i;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ev.Readings.OrderBy(r => r.Position).Select(r => r.ToDto()).ToList());
    }
}
