using Events.Core.EmailStatus;

namespace Events.Web.Organiser.Emails;

public sealed record ResendDto(int DeliveryId, string Outcome);

public static class EmailStatusEndpoints
{
    /// <summary>Events are named by slug here as in the rest of the organiser API, which never shows their ids.</summary>
    public static void MapEmailStatus(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/emails").WithTags("Organiser: emails");
        group.MapGet("/", Get);
        group.MapPost("/{id:int}/resend", Resend);
    }

    private static async Task<Results<Ok<EmailStatusReport>, NotFound>> Get(string slug, EventsDbContext db, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        return eventId is null ? TypedResults.NotFound() : TypedResults.Ok(await EmailStatusReport.ForEventAsync(db, eventId.Value, ct));
    }

    private static async Task<Results<Accepted<ResendDto>, NotFound, Conflict<ProblemDetails>>> Resend(
        string slug, int id, EventsDbContext db, EmailResender resender, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        var outcome = eventId is null ? ResendOutcome.NotFound : await resender.ResendAsync(eventId.Value, id, ct);
        return outcome switch
        {
            ResendOutcome.Queued => TypedResults.Accepted($"/api/organiser/events/{slug}/emails", new ResendDto(id, "queued")),
            ResendOutcome.AlreadyQueued => TypedResults.Conflict(new ProblemDetails
            {
                Title = "This email is already queued to be sent.",
                Status = StatusCodes.Status409Conflict,
            }),
            _ => TypedResults.NotFound(),
        };
    }
}
