namespace Events.Web.Registrations;

/// <summary>The optional body of approve and decline: a note for the registrant's email.</summary>
public sealed record DecisionInput(string? Message);

public static class ApprovalEndpoints
{
    public static void MapApprovals(this RouteGroupBuilder registrations)
    {
        registrations.MapPost("/{id:int}/approve", (string slug, int id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] DecisionInput? input,
            EventsDbContext db, Registrar registrar, CancellationToken ct) =>
            DecideAsync(slug, db, eventId => registrar.ApproveAsync(eventId, id, ct, input?.Message), ct));
        registrations.MapPost("/{id:int}/decline", (string slug, int id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] DecisionInput? input,
            EventsDbContext db, Registrar registrar, CancellationToken ct) =>
            DecideAsync(slug, db, eventId => registrar.DeclineAsync(eventId, id, ct, input?.Message), ct));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string slug, EventsDbContext db, Func<int, Task<ApprovalOutcome>> decide, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        return eventId is null ? TypedResults.NotFound() : await decide(eventId.Value) switch
        {
            ApprovalOutcome.Done => TypedResults.NoContent(),
            ApprovalOutcome.NotPending => TypedResults.Problem(title: "Only pending registrations can be approved or declined.",
                statusCode: StatusCodes.Status409Conflict),
            ApprovalOutcome.MessageTooLong => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["message"] = [$"Must be at most {RegistrationRules.DecisionMessageMax} characters."],
            }),
            _ => TypedResults.NotFound(),
        };
    }
}
