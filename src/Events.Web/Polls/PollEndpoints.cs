using Events.Core.Polls;

namespace Events.Web.Polls;

/// <summary>The organiser's polls over JSON, the same <see cref="PollEditor"/> as the page.</summary>
public static class PollEndpoints
{
    public static void MapPolls(this RouteGroupBuilder organiserEvent)
    {
        var group = organiserEvent.MapGroup("/polls").WithTags("Organiser: polls");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapPost("/{id:int}/move", Move);
        group.MapDelete("/{id:int}", Remove);
    }

    /// <summary>Up (negative) or down one place.</summary>
    public sealed record MoveRequest(int By);

    private static async Task<Results<Ok<List<PollDto>>, NotFound>> List(string slug, EventsDbContext db, PollEditor polls, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok((await polls.ListAsync(ev.Id, ct)).Select(p => p.ToDto()).ToList());
    }

    private static async Task<Results<Created<PollDto>, NotFound, ValidationProblem>> Add(
        string slug, PollInput input, EventsDbContext db, PollEditor polls, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await polls.AddAsync(ev.Id, input, ct);
        return EditResponses.Created(result, $"/api/organiser/events/{ev?.Slug}/polls", p => p.Id, p => p.ToDto());
    }

    private static async Task<Results<Ok<PollDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, PollInput input, EventsDbContext db, PollEditor polls, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await polls.UpdateAsync(ev.Id, id, input, ct);
        return EditResponses.Updated(result, p => p.ToDto());
    }

    private static async Task<Results<NoContent, NotFound>> Move(string slug, int id, MoveRequest request, EventsDbContext db, PollEditor polls, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is not null && await polls.MoveAsync(ev.Id, id, request.By, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, PollEditor polls, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is not null && await polls.RemoveAsync(ev.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
