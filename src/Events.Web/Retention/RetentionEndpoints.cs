using Events.Core.Retention;

namespace Events.Web.Retention;

/// <summary>The event's retention period and "erase now", through <see cref="RetentionPeriod"/> and <see cref="PersonalDataEraser"/> like the privacy page.</summary>
public static class RetentionEndpoints
{
    public static void MapRetention(this RouteGroupBuilder organiserEvent)
    {
        organiserEvent.MapGet("/privacy", Get).WithTags("Organiser: personal data");
        organiserEvent.MapPut("/privacy", Put).WithTags("Organiser: personal data");
        organiserEvent.MapPost("/erase-personal-data", Erase).WithTags("Organiser: personal data");
    }

    private static async Task<Results<Ok<RetentionStatus>, NotFound>> Get(string slug, RetentionPeriod period, CancellationToken ct) =>
        await period.FindAsync(slug, ct) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static async Task<Results<Ok<RetentionStatus>, NotFound, ValidationProblem>> Put(
        string slug, RetentionPeriodInput input, RetentionPeriod period, CancellationToken ct)
    {
        var result = await period.SaveAsync(slug, input.PersonalDataRetentionDays, ct);
        return result.Outcome switch
        {
            RetentionOutcome.Saved => TypedResults.Ok(result.Status!),
            RetentionOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }

    private static async Task<Results<Ok<RetentionStatus>, NotFound, Conflict<ProblemDetails>>> Erase(
        string slug, PersonalDataEraser eraser, CancellationToken ct)
    {
        var result = await eraser.EraseAsync(slug, ct);
        return result.Outcome switch
        {
            RetentionOutcome.Erased or RetentionOutcome.AlreadyErased => TypedResults.Ok(result.Status!),
            RetentionOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(new ProblemDetails
            {
                Title = "The event has not ended: its personal data is still needed.", Status = StatusCodes.Status409Conflict,
            }),
        };
    }
}

/// <summary>Null returns the event to the site's default period.</summary>
public sealed record RetentionPeriodInput(int? PersonalDataRetentionDays);
