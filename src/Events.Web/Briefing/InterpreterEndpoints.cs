using Events.Core.Briefing;

namespace Events.Web.Briefing;

public sealed record InterpreterDto(int Id, string Name, string Email, string SourceLanguage, string TargetLanguage, int? ChannelId);

public static class InterpreterEndpoints
{
    public static InterpreterDto ToDto(this Interpreter i) => new(i.Id, i.Name, i.Email, i.SourceLanguage, i.TargetLanguage, i.ChannelId);

    public static void MapInterpreters(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/interpreters").WithTags("Organiser: interpreters");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/{interpreterId:int}", Update);
        group.MapDelete("/{interpreterId:int}", Remove);
    }

    private static async Task<Results<Ok<List<InterpreterDto>>, NotFound>> List(string slug, EventsDbContext db, InterpreterRoster roster, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok((await roster.ListAsync(ev.Id, ct)).Select(i => i.ToDto()).ToList());
    }

    private static async Task<Results<Created<InterpreterDto>, NotFound, ValidationProblem>> Add(
        string slug, InterpreterInput input, EventsDbContext db, InterpreterRoster roster, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await roster.AddAsync(ev.Id, input, ct);
        return EditResponses.Created(result, $"/api/organiser/events/{ev?.Slug}/interpreters", v => v.Id, v => v.ToDto());
    }

    private static async Task<Results<Ok<InterpreterDto>, NotFound, ValidationProblem>> Update(
        string slug, int interpreterId, InterpreterInput input, EventsDbContext db, InterpreterRoster roster, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await roster.UpdateAsync(ev.Id, interpreterId, input, ct);
        return EditResponses.Updated(result, v => v.ToDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int interpreterId, EventsDbContext db, InterpreterRoster roster, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is not null && await roster.RemoveAsync(ev.Id, interpreterId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
