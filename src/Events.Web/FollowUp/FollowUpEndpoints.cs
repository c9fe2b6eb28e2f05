using Events.Core.Data;
using Events.Core.Events;
using Events.Core.FollowUps;
using Events.Core.Registrations;
using Events.Web.Organiser;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        string slug, FollowUpInput input, EventsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var draft = await db.FollowUps.Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        var isNew = draft is null;
        draft ??= new FollowUpDraft { EventId = ev.Id };
        var errors = input.ApplyTo(draft);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        draft.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.FollowUps.Add(draft);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DtoAsync(db, ev, ct));
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
        EventsDbContext db, FollowUpScheduler scheduler, IOptions<FollowUpOptions> options, CancellationToken ct)
    {
        var minutes = request?.MinutesAfterEnd ?? options.Value.DefaultMinutesAfterEnd;
        if (minutes is < 0 or > 60 * 24 * 60)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["minutesAfterEnd"] = ["Must be between 0 and 86400 (60 days)."] });
        }
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var draft = await db.FollowUps.SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        if (draft is null)
        {
            return NoDraft();
        }
        if (ev.Status is EventStatus.Cancelled or EventStatus.Draft)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Only a published event can schedule its follow-up.", Status = StatusCodes.Status409Conflict });
        }
        draft.SendAfterEndMinutes = minutes;
        await db.SaveChangesAsync(ct);
        scheduler.Reschedule(ev, draft);
        return TypedResults.Ok(await DtoAsync(db, ev, ct));
    }

    private static async Task<Results<Ok<FollowUpDto>, NotFound>> Unschedule(string slug, EventsDbContext db, FollowUpScheduler scheduler, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var draft = await db.FollowUps.SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        if (draft is not null)
        {
            draft.SendAfterEndMinutes = null;
            await db.SaveChangesAsync(ct);
        }
        scheduler.Reschedule(ev, draft);
        return TypedResults.Ok(await DtoAsync(db, ev, ct));
    }

    private static async Task<Results<Accepted<FollowUpProgress>, NotFound, Conflict<ProblemDetails>>> SendNow(
        string slug, EventsDbContext db, FollowUpScheduler scheduler, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        if (!await db.FollowUps.AnyAsync(f => f.EventId == ev.Id, ct))
        {
            return NoDraft();
        }
        scheduler.SendNow(ev.Id);
        return TypedResults.Accepted($"/api/organiser/events/{ev.Slug}/follow-up", await FollowUpProgress.ForEventAsync(db, ev.Id, ct));
    }

    private static async Task<FollowUpDto> DtoAsync(EventsDbContext db, Event ev, CancellationToken ct)
    {
        var draft = await db.FollowUps.AsNoTracking().Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        return FollowUpDto.From(ev, draft, await FollowUpProgress.ForEventAsync(db, ev.Id, ct));
    }

    private static Conflict<ProblemDetails> NoDraft() =>
        TypedResults.Conflict(new ProblemDetails { Title = "Save the follow-up draft first.", Status = StatusCodes.Status409Conflict });
}
