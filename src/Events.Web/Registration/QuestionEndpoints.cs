using Events.Core.Data;
using Events.Core.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Registrations;

public sealed record QuestionDto(int Id, int Position, QuestionKind Kind, string Label, IReadOnlyList<string> Options, bool Required);

/// <summary>The organiser's custom questions of one event (inside the organiser-only group).</summary>
public static class QuestionEndpoints
{
    public static void MapQuestions(this RouteGroupBuilder organiserEvent)
    {
        var group = organiserEvent.MapGroup("/questions").WithTags("Organiser: registration questions");
        group.MapGet("/", List);
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
    }

    public static QuestionDto ToDto(this RegistrationQuestion q) => new(q.Id, q.Position, q.Kind, q.Label, q.Options, q.Required);

    private static async Task<Results<Ok<List<QuestionDto>>, NotFound>> List(string slug, EventsDbContext db, CancellationToken ct)
    {
        var eventId = await EventIdAsync(db, slug, ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.EventId == eventId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);
        return TypedResults.Ok(questions.Select(q => q.ToDto()).ToList());
    }

    private static async Task<Results<Created<QuestionDto>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Add(
        string slug, QuestionInput input, EventsDbContext db, CancellationToken ct)
    {
        var eventId = await EventIdAsync(db, slug, ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var question = new RegistrationQuestion { EventId = eventId.Value, Label = "" };
        var errors = QuestionRules.Apply(input, question);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var positions = await db.RegistrationQuestions.Where(q => q.EventId == eventId).Select(q => q.Position).ToListAsync(ct);
        if (positions.Count >= QuestionRules.MaxPerEvent)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = $"An event has at most {QuestionRules.MaxPerEvent} questions.", Status = StatusCodes.Status409Conflict,
            });
        }
        question.Position = positions.Count == 0 ? 1 : positions.Max() + 1;
        db.RegistrationQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{slug}/questions/{question.Id}", question.ToDto());
    }

    private static async Task<Results<Ok<QuestionDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, QuestionInput input, EventsDbContext db, CancellationToken ct)
    {
        var question = await FindAsync(db, slug, id, ct);
        if (question is null)
        {
            return TypedResults.NotFound();
        }
        var errors = QuestionRules.Apply(input, question);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(question.ToDto());
    }

    /// <summary>Removing a question removes everyone's answers to it.</summary>
    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, CancellationToken ct)
    {
        var question = await FindAsync(db, slug, id, ct);
        if (question is null)
        {
            return TypedResults.NotFound();
        }
        db.RegistrationQuestions.Remove(question);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<int?> EventIdAsync(EventsDbContext db, string slug, CancellationToken ct) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);

    private static Task<RegistrationQuestion?> FindAsync(EventsDbContext db, string slug, int id, CancellationToken ct) =>
        db.RegistrationQuestions.SingleOrDefaultAsync(q => q.Id == id && db.Events.Any(e => e.Id == q.EventId && e.Slug == slug), ct);
}
