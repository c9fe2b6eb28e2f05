using Events.Web.Public;

namespace Events.Web.Organiser;

public static class OrganiserEventEndpoints
{
    /// <summary>The events themselves: list, create, and per event read, edit, publish, cancel (all through <see cref="EventEditor"/>).</summary>
    public static void MapEvents(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("").WithTags("Organiser: events");
        group.MapGet("/", List);
        // Events are created by a site administrator; whoever is then named on the team runs it.
        group.MapPost("/", Create).RequireAuthorization(Policies.Administrator);
        group.MapGet("/{slug}", Get);
        group.MapPut("/{slug}", Update);
        group.MapPost("/{slug}/publish", (string slug, EventEditor editor, CancellationToken ct) =>
            ChangeStatus(editor.PublishAsync(slug, ct), EventStatus.Published));
        group.MapPost("/{slug}/cancel", (string slug, EventEditor editor, CancellationToken ct) =>
            ChangeStatus(editor.CancelAsync(slug, ct), EventStatus.Cancelled));
    }

    private static async Task<Ok<List<EventSummaryDto>>> List(System.Security.Claims.ClaimsPrincipal user, Core.Teams.TeamAccess teams, CancellationToken ct)
    {
        var events = await teams.EventsFor(user, Core.Teams.TeamRole.Organiser).AsNoTracking().OrderByDescending(e => e.StartsAtUtc).ToListAsync(ct);
        return TypedResults.Ok(events.Select(e => e.ToSummaryDto()).ToList());
    }

    private static async Task<Results<Ok<EventDto>, NotFound>> Get(string slug, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(ev.ToOrganiserDto());
    }

    private static async Task<Results<Created<EventDto>, ValidationProblem, Conflict<ProblemDetails>>> Create(
        EventInput input, EventEditor editor, CancellationToken ct)
    {
        var result = await editor.CreateAsync(input, ct);
        return result.Outcome switch
        {
            EventEditOutcome.Saved => TypedResults.Created($"/api/organiser/events/{result.Event!.Slug}", result.Event.ToOrganiserDto()),
            EventEditOutcome.SlugTaken => SlugTaken(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }

    private static async Task<Results<Ok<EventDto>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Update(
        string slug, EventInput input, EventEditor editor, CancellationToken ct)
    {
        var result = await editor.UpdateAsync(slug, input, ct);
        return result.Outcome switch
        {
            EventEditOutcome.Saved => TypedResults.Ok(result.Event!.ToOrganiserDto()),
            EventEditOutcome.NotFound => TypedResults.NotFound(),
            EventEditOutcome.SlugTaken => SlugTaken(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }

    private static async Task<Results<Ok<EventDto>, NotFound, Conflict<ProblemDetails>>> ChangeStatus(Task<EventEditResult> change, EventStatus to)
    {
        var result = await change;
        return result.Outcome switch
        {
            EventEditOutcome.Saved => TypedResults.Ok(result.Event!.ToOrganiserDto()),
            EventEditOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(new ProblemDetails
            {
                Title = $"A {result.Event!.Status.ToString().ToLowerInvariant()} event cannot become {to.ToString().ToLowerInvariant()}.",
                Status = StatusCodes.Status409Conflict,
            }),
        };
    }

    private static Conflict<ProblemDetails> SlugTaken() =>
        TypedResults.Conflict(new ProblemDetails
        {
            Title = EventEditResult.SlugTakenMessage,
            Status = StatusCodes.Status409Conflict,
            Extensions = { ["field"] = "slug" },
        });
}
