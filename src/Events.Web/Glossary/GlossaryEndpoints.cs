using Events.Core.Glossary;

namespace Events.Web.Glossary;

public sealed record GlossaryTermDto(int Id, string En, string Fr, string Es, string Note);

public static class GlossaryEndpoints
{
    public static GlossaryTermDto ToDto(this GlossaryTerm t) => new(t.Id, t.En, t.Fr, t.Es, t.Note);

    public static void MapGlossary(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/glossary").WithTags("Organiser: glossary");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/{termId:int}", Update);
        group.MapDelete("/{termId:int}", Remove);
    }

    private static async Task<Results<Ok<List<GlossaryTermDto>>, NotFound>> List(string slug, EventsDbContext db, GlossaryEditor glossary, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok((await glossary.ListAsync(ev.Id, ct)).Select(t => t.ToDto()).ToList());
    }

    private static async Task<Results<Created<GlossaryTermDto>, NotFound, ValidationProblem>> Add(
        string slug, GlossaryTermInput input, EventsDbContext db, GlossaryEditor glossary, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await glossary.AddAsync(ev.Id, input, ct);
        return EditResponses.Created(result, $"/api/organiser/events/{ev?.Slug}/glossary", v => v.Id, v => v.ToDto());
    }

    private static async Task<Results<Ok<GlossaryTermDto>, NotFound, ValidationProblem>> Update(
        string slug, int termId, GlossaryTermInput input, EventsDbContext db, GlossaryEditor glossary, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await glossary.UpdateAsync(ev.Id, termId, input, ct);
        return EditResponses.Updated(result, v => v.ToDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int termId, EventsDbContext db, GlossaryEditor glossary, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is not null && await glossary.RemoveAsync(ev.Id, termId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
