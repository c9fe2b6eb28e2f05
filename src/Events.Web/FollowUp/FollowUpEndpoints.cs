using Events.Core.FollowUps;

namespace Events.Web.FollowUp;

public static class FollowUpEndpoints
{
    /// <summary>The greeting's name in previews.</summary>
    public const string PreviewName = "[name]";

    public static void MapFollowUp(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/follow-up").WithTags("Organiser: follow-up");
        group.MapGet("/", Get);
        group.MapPut("/", Put);
        group.MapPost("/preview", Preview);
        group.MapPost("/schedule", Schedule);
        group.MapDelete("/schedule", Unschedule);
        group.MapPost("/send-now", SendNow);
    }

    private static async Task<Results<Ok<FollowUpDto>, NotFound>> Get(string slug, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(await DtoAsync(db, ev, ct));
    }

    private static async Task<Results<Ok<FollowUpDto>, NotFound, ValidationProblem>> Put(
        string slug, FollowUpInput input, EventsDbContext db, FollowUpPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var errors = await planner.SaveDraftAsync(ev, input, ct);
        return errors.IsValid ? TypedResults.Ok(await DtoAsync(db, ev, ct)) : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<RenderedEmail>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Preview(
        string slug, [FromQuery] string? variant, [FromQuery] string? language, EventsDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<FollowUpVariant>(variant, ignoreCase: true, out var parsed) || int.TryParse(variant, out _))
        {
            errors["variant"] = ["Must be attended or absent."];
        }
        if (language is null || !RegistrationRules.Languages.Contains(language))
        {
            errors["language"] = ["Must be en, fr or es."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var content = await FollowUpContent.LoadAsync(db, ev.Id, ct);
        if (content is null)
        {
            return NoDraft();
        }
        return TypedResults.Ok(FollowUpComposer.Render(content, language!, parsed, PreviewName));
    }

    private static async Task<Results<Ok<FollowUpDto>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Schedule(
        string slug, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] ScheduleRequest? request,
        EventsDbContext db, FollowUpPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var outcome = await planner.ScheduleAsync(ev, request?.MinutesAfterEnd, ct);
        return outcome.Result switch
        {
            FollowUpResult.Done => TypedResults.Ok(await DtoAsync(db, ev, ct)),
            FollowUpResult.BeforeTheEnd => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["minutesAfterEnd"] = ["The follow-up cannot be scheduled before the event has ended: give 0 or more minutes after the end."],
            }),
            FollowUpResult.TooLate => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["minutesAfterEnd"] = [$"Must be between 0 and {FollowUpPlanner.MaxMinutesAfterEnd} (60 days)."],
            }),
            _ => Refused(outcome),
        };
    }

    private static async Task<Results<Ok<FollowUpDto>, NotFound>> Unschedule(string slug, EventsDbContext db, FollowUpPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        await planner.UnscheduleAsync(ev, ct);
        return TypedResults.Ok(await DtoAsync(db, ev, ct));
    }

    private static async Task<Results<Accepted<FollowUpProgress>, NotFound, Conflict<ProblemDetails>>> SendNow(
        string slug, EventsDbContext db, FollowUpPlanner planner, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var outcome = await planner.SendNowAsync(ev, ct);
        return outcome.Result == FollowUpResult.Done
            ? TypedResults.Accepted($"/api/organiser/events/{ev.Slug}/follow-up", await FollowUpProgress.ForEventAsync(db, ev.Id, ct))
            : Refused(outcome);
    }

    private static async Task<FollowUpDto> DtoAsync(EventsDbContext db, Event ev, CancellationToken ct)
    {
        var draft = await db.FollowUps.AsNoTracking().Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        return FollowUpDto.From(ev, draft, await FollowUpProgress.ForEventAsync(db, ev.Id, ct));
    }

    private static Conflict<ProblemDetails> NoDraft() =>
        TypedResults.Conflict(new ProblemDetails { Title = "Save the follow-up draft first.", Status = StatusCodes.Status409Conflict });

    private static Conflict<ProblemDetails> Refused(FollowUpOutcome outcome) => outcome.Result switch
    {
        FollowUpResult.NotEnded => TypedResults.Conflict(new ProblemDetails
        {
            Title = "The event has not ended yet.",
            Detail = string.Create(CultureInfo.InvariantCulture,
                $"The follow-up tells registrants what they missed, so it can only go after the event ends ({outcome.EndsAtUtc:yyyy-MM-dd HH:mm} UTC)."),
            Status = StatusCodes.Status409Conflict,
        }),
        FollowUpResult.NotPublished => TypedResults.Conflict(new ProblemDetails
        {
            Title = "Only a published event can send its follow-up.", Status = StatusCodes.Status409Conflict,
        }),
        _ => NoDraft(),
    };
}
