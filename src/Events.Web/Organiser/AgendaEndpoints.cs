using Events.Core.Agenda;
using Events.Core.Data;
using Events.Core.Events;
using Events.Web.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Events.Web.Organiser;

public static class AgendaEndpoints
{
    public sealed record ReorderRequest(List<int>? ItemIds);

    public static void MapAgenda(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/agenda").WithTags("Organiser: agenda");
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
        group.MapPut("/order", Reorder);
    }

    private static async Task<Results<Created<AgendaItemDto>, NotFound, ValidationProblem>> Add(
        string slug, AgendaItemInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var item = new AgendaItem { Title = "", EventId = ev.Id, Position = ev.AgendaItems.Count };
        var errors = AgendaRules.Apply(input, item, ev);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        ev.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{slug}/agenda/{item.Id}", WithSpeakers(item, ev).ToDto(ev.TimeZone));
    }

    private static async Task<Results<Ok<AgendaItemDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, AgendaItemInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (ev is null || item is null)
        {
            return TypedResults.NotFound();
        }
        var errors = AgendaRules.Apply(input, item, ev);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(WithSpeakers(item, ev).ToDto(ev.TimeZone));
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (item is null)
        {
            return TypedResults.NotFound();
        }
        db.AgendaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<AgendaItemDto>>, NotFound, ValidationProblem>> Reorder(
        string slug, ReorderRequest request, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var errors = AgendaRules.Reorder(ev, request.ItemIds ?? []);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ev.AgendaItems.OrderBy(a => a.StartsAtUtc).Select(a => a.ToDto(ev.TimeZone)).ToList());
    }

    private static AgendaItem WithSpeakers(AgendaItem item, Event ev)
    {
        foreach (var person in item.People)
        {
            person.Speaker ??= ev.Speakers.Single(s => s.Id == person.SpeakerId);
        }
        return item;
    }
}
