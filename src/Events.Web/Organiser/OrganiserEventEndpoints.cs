using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Registrations;
using Events.Core.EventChanges;
using Events.Web.Accounts;
using Events.Web.Infrastructure;
using Events.Web.Organiser.Emails;
using Events.Web.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Organiser;

public static class OrganiserEventEndpoints
{
    /// <summary>The events themselves: list, create, and per event read, edit, publish, cancel.</summary>
    public static void MapEvents(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("").WithTags("Organiser: events");
        group.MapGet("/", List);
        group.MapPost("/", Create);
        group.MapGet("/{slug}", Get);
        group.MapPut("/{slug}", Update);
        group.MapPost("/{slug}/publish", Publish);
        group.MapPost("/{slug}/cancel", Cancel);
    }

    private static async Task<Ok<List<EventSummaryDto>>> List(EventsDbContext db, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartsAtUtc).ToListAsync(ct);
        return TypedResults.Ok(events.Select(e => e.ToSummaryDto()).ToList());
    }

    private static async Task<Results<Ok<EventDto>, NotFound>> Get(string slug, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(ev.ToDto(forOrganiser: true));
    }

    private static async Task<Results<Created<EventDto>, ValidationProblem, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Create(
        EventInput input, EventsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var ev = new Event { Slug = "", Title = "", TimeZoneId = "" };
        var errors = EventRules.Apply(input, ev);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.Events.AnyAsync(e => e.Slug == ev.Slug, ct))
        {
            return SlugTaken();
        }
        ev.Sequence = 0;
        ev.CreatedAtUtc = ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Events.Add(ev);
        if (!await db.TrySaveUniqueAsync(ct))
        {
            return SlugTaken();
        }
        return TypedResults.Created($"/api/organiser/events/{ev.Slug}", ev.ToDto(forOrganiser: true));
    }

    private static async Task<Results<Ok<EventDto>, NotFound, ValidationProblem, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Update(
        string slug, EventInput input, EventsDbContext db, Registrar registrar, EventChangeFollowUp followUp, TimeProvider clock, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var shift = ev.StartsAtUtc;
        var sequence = ev.Sequence;
        var reminderOffsets = ev.ReminderOffsetMinutes?.ToList();
        var errors = EventRules.Apply(input, ev);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        // Moving the event moves its agenda with it; a shorter event must still hold every item.
        var delta = ev.StartsAtUtc - shift;
        foreach (var item in ev.AgendaItems)
        {
            item.StartsAtUtc += delta;
        }
        if (ev.AgendaItems.Any(a => a.EndsAtUtc > ev.EndsAtUtc))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["end"] = ["The agenda runs past this end."] });
        }
        if (ev.Slug != slug && await db.Events.AnyAsync(e => e.Slug == ev.Slug, ct))
        {
            return SlugTaken();
        }
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveUniqueAsync(ct))
        {
            return SlugTaken();
        }
        followUp.AfterEdit(ev, sequence, reminderOffsets);
        await registrar.PromoteWaitingAsync(ev.Id, ct);
        return TypedResults.Ok(ev.ToDto(forOrganiser: true));
    }

    private static Task<Results<Ok<EventDto>, NotFound, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Publish(
        string slug, EventsDbContext db, EventChangeFollowUp followUp, TimeProvider clock, CancellationToken ct) =>
        ChangeStatus(slug, db, followUp, clock, EventStatus.Published, [EventStatus.Draft], ct);

    private static Task<Results<Ok<EventDto>, NotFound, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Cancel(
        string slug, EventsDbContext db, EventChangeFollowUp followUp, TimeProvider clock, CancellationToken ct) =>
        ChangeStatus(slug, db, followUp, clock, EventStatus.Cancelled, [EventStatus.Draft, EventStatus.Published], ct);

    private static async Task<Results<Ok<EventDto>, NotFound, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> ChangeStatus(
        string slug, EventsDbContext db, EventChangeFollowUp followUp, TimeProvider clock, EventStatus to, EventStatus[] from, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        if (!from.Contains(ev.Status))
        {
            return TypedResults.Conflict(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Title = $"A {ev.Status.ToString().ToLowerInvariant()} event cannot become {to.ToString().ToLowerInvariant()}.",
                Status = StatusCodes.Status409Conflict,
            });
        }
        ev.Status = to;
        if (to == EventStatus.Cancelled)
        {
            ev.Sequence++;
        }
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        followUp.AfterStatusChange(ev);
        return TypedResults.Ok(ev.ToDto(forOrganiser: true));
    }

    private static Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails> SlugTaken() =>
        TypedResults.Conflict(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Title = "Another event already uses this slug.",
            Status = StatusCodes.Status409Conflict,
            Extensions = { ["field"] = "slug" },
        });
}
