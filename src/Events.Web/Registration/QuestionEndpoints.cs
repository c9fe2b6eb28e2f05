namespace Events.Web.Registrations;

public sealed record QuestionDto(int Id, int Position, QuestionKind Kind, string Label, IReadOnlyList<string> Options, bool Required,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations);

public sealed record QuestionOrder(List<int>? Ids);

/// <summary>The organiser's custom questions of one event (inside the organiser-only group).</summary>
public static class QuestionEndpoints
{
    public static void MapQuestions(this RouteGroupBuilder organiserEvent)
    {
        var group = organiserEvent.MapGroup("/questions").WithTags("Organiser: registration questions");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/order", Reorder);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
    }

    public static QuestionDto ToDto(this RegistrationQuestion q) => new(q.Id, q.Position, q.Kind, q.Label, q.Options, q.Required, q.Translations.ToDictionary());

    private static async Task<Results<Ok<List<QuestionDto>>, NotFound>> List(string slug, EventsDbContext db, RegistrationQuestions questions, CancellationToken ct) =>
        await EventIdAsync(db, slug, ct) is { } eventId
            ? TypedResults.Ok((await questions.ListAsync(eventId, ct)).Select(q => q.ToDto()).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Created<QuestionDto>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Add(
        string slug, QuestionInput input, EventsDbContext db, RegistrationQuestions questions, CancellationToken ct)
    {
        if (await EventIdAsync(db, slug, ct) is not { } eventId)
        {
            return TypedResults.NotFound();
        }
        var outcome = await questions.AddAsync(eventId, input, ct);
        return outcome.Result switch
        {
            QuestionResult.Invalid => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            QuestionResult.TooMany => TypedResults.Conflict(new ProblemDetails
            {
                Title = $"An event has at most {QuestionRules.MaxPerEvent} questions.", Status = StatusCodes.Status409Conflict,
            }),
            _ => TypedResults.Created($"/api/organiser/events/{slug}/questions/{outcome.Question!.Id}", outcome.Question.ToDto()),
        };
    }

    private static async Task<Results<Ok<QuestionDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, QuestionInput input, EventsDbContext db, RegistrationQuestions questions, CancellationToken ct)
    {
        if (await EventIdAsync(db, slug, ct) is not { } eventId)
        {
            return TypedResults.NotFound();
        }
        var outcome = await questions.UpdateAsync(eventId, id, input, ct);
        return outcome.Result switch
        {
            QuestionResult.Invalid => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            QuestionResult.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Ok(outcome.Question!.ToDto()),
        };
    }

    /// <summary>The body lists every question id of the event in the new order.</summary>
    private static async Task<Results<Ok<List<QuestionDto>>, NotFound, ValidationProblem>> Reorder(
        string slug, QuestionOrder order, EventsDbContext db, RegistrationQuestions questions, CancellationToken ct)
    {
        if (await EventIdAsync(db, slug, ct) is not { } eventId)
        {
            return TypedResults.NotFound();
        }
        var outcome = await questions.ReorderAsync(eventId, order.Ids, ct);
        return outcome.Result == QuestionResult.Invalid
            ? TypedResults.ValidationProblem(outcome.Errors.ToDictionary())
            : TypedResults.Ok((await questions.ListAsync(eventId, ct)).Select(q => q.ToDto()).ToList());
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, RegistrationQuestions questions, CancellationToken ct) =>
        await EventIdAsync(db, slug, ct) is { } eventId && await questions.RemoveAsync(eventId, id, ct) == QuestionResult.Done
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static Task<int?> EventIdAsync(EventsDbContext db, string slug, CancellationToken ct) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
}
