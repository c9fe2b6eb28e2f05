using Events.Core.Audit;

namespace Events.Web.Registrations;

public sealed record RegistrationDto(
    int Id, string Name, string Email, string Language, int? ChannelId, string? Organisation, string? AccessibilityNeeds,
    RegistrationStatus Status, int? WaitingPosition, DateTime CreatedAtUtc, Dictionary<int, string> Answers);

public sealed record RegistrationCountsDto(Dictionary<string, int> ByStatus, Dictionary<string, int> ByLanguage);

public static class OrganiserRegistrationEndpoints
{
    public static void MapOrganiserRegistrations(this RouteGroupBuilder organiserEvent)
    {
        var organiser = organiserEvent.MapGroup("").WithTags("Organiser: registrations");
        organiser.MapGet("/registrations.csv", RegistrationCsvExport.Export);
        organiser.MapQuestions();
        var group = organiser.MapGroup("/registrations");
        group.MapGet("/", List);
        group.MapGet("/counts", Counts);
        group.MapPost("/{id:int}/cancel", Cancel);
        group.MapPost("/{id:int}/move", Move);
        group.MapApprovals();
    }

    public static RegistrationDto ToDto(this Registration r) => new(
        r.Id, r.Name, r.Email, r.Language, r.ChannelId, r.Organisation, r.AccessibilityNeeds, r.Status, r.WaitingPosition, r.CreatedAtUtc,
        r.Answers.ToDictionary(a => a.QuestionId, a => a.Value));

    private static async Task<Results<Ok<List<RegistrationDto>>, NotFound, ValidationProblem>> List(
        string slug, [AsParameters] RegistrantFilter filter, EventsDbContext db, AuditTrail audit, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var (query, errors) = filter.Apply(db.Registrations.AsNoTracking().Where(r => r.EventId == eventId));
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var list = await query.Include(r => r.Answers).OrderBy(r => r.Id).ToListAsync(ct);
        // The filter may hold a searched name, so only the count is kept.
        await audit.RecordAsync(AuditAction.RegistrationsExported, eventId, AuditTrail.TargetOf("event", eventId),
            RegistrationCsvExport.Exported("json", list.Count), cancellationToken: ct);
        return TypedResults.Ok(list.Select(r => r.ToDto()).ToList());
    }

    private static async Task<Results<Ok<RegistrationCountsDto>, NotFound>> Counts(string slug, EventsDbContext db, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var rows = await db.Registrations.Where(r => r.EventId == eventId)
            .GroupBy(r => new { r.Status, r.Language }).Select(g => new { g.Key.Status, g.Key.Language, Count = g.Count() }).ToListAsync(ct);
        return TypedResults.Ok(new RegistrationCountsDto(
            rows.GroupBy(r => r.Status).ToDictionary(g => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(g.Key.ToString()), g => g.Sum(r => r.Count)),
            rows.GroupBy(r => r.Language).ToDictionary(g => g.Key, g => g.Sum(r => r.Count))));
    }

    private static async Task<Results<NoContent, NotFound>> Cancel(string slug, int id, EventsDbContext db, Registrar registrar, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null || !await registrar.CancelAsync(eventId.Value, id, ct))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.NoContent();
    }

    /// <summary>Confirms one waiting registrant out of order, only into a free place (409 otherwise).</summary>
    private static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>>> Move(
        string slug, int id, EventsDbContext db, Registrar registrar, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        var outcome = eventId is null ? MoveOutcome.NotFound : await registrar.MoveFromWaitingListAsync(eventId.Value, id, ct);
        return outcome switch
        {
            MoveOutcome.Done => TypedResults.NoContent(),
            MoveOutcome.NotWaiting => TypedResults.Conflict(new ProblemDetails
            {
                Title = "Only a registrant on the waiting list can be moved.", Status = StatusCodes.Status409Conflict,
            }),
            MoveOutcome.Full => TypedResults.Conflict(new ProblemDetails
            {
                Title = "No place is free: raise the capacity or cancel a registration first.", Status = StatusCodes.Status409Conflict,
            }),
            _ => TypedResults.NotFound(),
        };
    }
}
