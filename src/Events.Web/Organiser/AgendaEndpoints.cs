using Events.Core.Speakers;
using Events.Web.Public;

namespace Events.Web.Organiser;

public static class AgendaEndpoints
{
    public sealed record ReorderRequest(List<int>? ItemIds);

    /// <summary>The agenda's and the speakers' use cases (one Core service each, for the API and the pages).</summary>
    public static IServiceCollection AddAgendaAndSpeakers(this IServiceCollection services) =>
        services.AddScoped<AgendaPlanner>().AddScoped<SpeakerDirectory>();

    public static void MapAgenda(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/agenda").WithTags("Organiser: agenda");
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
        group.MapPut("/order", Reorder);
    }

    private static async Task<Results<Created<AgendaItemDto>, NotFound, ValidationProblem>> Add(
        string slug, AgendaItemInput input, AgendaPlanner planner, CancellationToken ct)
    {
        var outcome = await planner.AddAsync(slug, input, ct);
        return outcome switch
        {
            { Found: false } => TypedResults.NotFound(),
            { Saved: false } => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            _ => TypedResults.Created($"/api/organiser/events/{slug}/agenda/{outcome.Item!.Id}", outcome.Item.ToOrganiserDto(outcome.Event!.TimeZone)),
        };
    }

    private static async Task<Results<Ok<AgendaItemDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, AgendaItemInput input, AgendaPlanner planner, CancellationToken ct)
    {
        var outcome = await planner.UpdateAsync(slug, id, input, ct);
        return outcome switch
        {
            { Found: false } => TypedResults.NotFound(),
            { Saved: false } => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            _ => TypedResults.Ok(outcome.Item!.ToOrganiserDto(outcome.Event!.TimeZone)),
        };
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, AgendaPlanner planner, CancellationToken ct) =>
        (await planner.RemoveAsync(slug, id, ct)).Found ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<List<AgendaItemDto>>, NotFound, ValidationProblem>> Reorder(
        string slug, ReorderRequest request, AgendaPlanner planner, CancellationToken ct)
    {
        var outcome = await planner.ReorderAsync(slug, request.ItemIds ?? [], ct);
        return outcome switch
        {
            { Found: false } => TypedResults.NotFound(),
            { Saved: false } => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            _ => TypedResults.Ok(AgendaRules.InOrder(outcome.Event!).Select(a => a.ToOrganiserDto(outcome.Event!.TimeZone)).ToList()),
        };
    }
}
