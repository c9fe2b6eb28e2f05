using Events.Core.Data;
using Events.Core.Glossary;
using Events.Web.Organiser;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

    private static async Task<Results<Ok<List<GlossaryTermDto>>, NotFound>> List(string slug, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var terms = await db.GlossaryTerms.AsNoTracking().Where(t => t.EventId == ev.Id).OrderBy(t => t.Id).ToListAsync(ct);
        return TypedResults.Ok(terms.Select(t => t.ToDto()).ToList());
    }

    private static async Task<Results<Created<GlossaryTermDto>, NotFound, ValidationProblem>> Add(
        string slug, GlossaryTermInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var term = new GlossaryTerm { EventId = ev.Id };
        var errors = input.ApplyTo(term);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        db.GlossaryTerms.Add(term);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{ev.Slug}/glossary/{term.Id}", term.ToDto());
    }

    private static async Task<Results<Ok<GlossaryTermDto>, NotFound, ValidationProblem>> Update(
        string slug, int termId, GlossaryTermInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var term = ev is null ? null : await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Id == termId && t.EventId == ev.Id, ct);
        if (term is null)
        {
            return TypedResults.NotFound();
        }
        var errors = input.ApplyTo(term);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(term.ToDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int termId, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var removed = ev is null ? 0 : await db.GlossaryTerms.Where(t => t.Id == termId && t.EventId == ev.Id).ExecuteDeleteAsync(ct);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
