using Events.Core.Interpretation;
using Events.Web.Public;

namespace Events.Web.Organiser;

public static class ChannelEndpoints
{
    public static void MapChannels(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/channels").WithTags("Organiser: interpretation channels");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
    }

    private static async Task<Results<Ok<List<ChannelDto>>, NotFound>> List(string slug, EventsDbContext db, ChannelPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok((await planner.ListAsync(ev.Id, ct)).Select(c => c.ToOrganiserDto()).ToList());
    }

    private static async Task<Results<Created<ChannelDto>, NotFound, ValidationProblem>> Add(
        string slug, ChannelInput input, EventsDbContext db, ChannelPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await planner.AddAsync(ev.Id, input, ct);
        return EditResponses.Created(result, $"/api/organiser/events/{ev?.Slug}/channels", v => v.Id, v => v.ToOrganiserDto());
    }

    private static async Task<Results<Ok<ChannelDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, ChannelInput input, EventsDbContext db, ChannelPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await planner.UpdateAsync(ev.Id, id, input, ct);
        return EditResponses.Updated(result, v => v.ToOrganiserDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, ChannelPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is not null && await planner.RemoveAsync(ev.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
