using Events.Core.Briefing;
using Events.Core.Data;
using Events.Web.Organiser;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

    private static async Task<Results<Ok<List<InterpreterDto>>, NotFound>> List(string slug, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var list = await db.Interpreters.AsNoTracking().Where(i => i.EventId == ev.Id).OrderBy(i => i.Id).ToListAsync(ct);
        return TypedResults.Ok(list.Select(i => i.ToDto()).ToList());
    }

    private static async Task<Results<Created<InterpreterDto>, NotFound, ValidationProblem>> Add(
        string slug, InterpreterInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var interpreter = new Interpreter { EventId = ev.Id, Name = "", Email = "", SourceLanguage = "", TargetLanguage = "" };
        var errors = input.ApplyTo(interpreter, await ChannelIdsAsync(db, ev.Id, ct));
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        db.Interpreters.Add(interpreter);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{ev.Slug}/interpreters/{interpreter.Id}", interpreter.ToDto());
    }

    private static async Task<Results<Ok<InterpreterDto>, NotFound, ValidationProblem>> Update(
        string slug, int interpreterId, InterpreterInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var interpreter = ev is null ? null : await db.Interpreters.SingleOrDefaultAsync(i => i.Id == interpreterId && i.EventId == ev.Id, ct);
        if (interpreter is null)
        {
            return TypedResults.NotFound();
        }
        var errors = input.ApplyTo(interpreter, await ChannelIdsAsync(db, interpreter.EventId, ct));
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(interpreter.ToDto());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int interpreterId, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var removed = ev is null ? 0 : await db.Interpreters.Where(i => i.Id == interpreterId && i.EventId == ev.Id).ExecuteDeleteAsync(ct);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    public static async Task<IReadOnlyCollection<int>> ChannelIdsAsync(EventsDbContext db, int eventId, CancellationToken ct) =>
        await db.Channels.Where(c => c.EventId == eventId).Select(c => c.Id).ToListAsync(ct);
}
