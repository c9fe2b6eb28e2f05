using Events.Core.Briefing;
using Events.Core.Data;
using Events.Core.Email;
using Events.Web.Organiser;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Briefing;

/// <summary><see cref="ScheduledForUtc"/> is when the automatic briefing goes (null once past); counts come from the ledger.</summary>
public sealed record BriefingStatusDto(DateTime? ScheduledForUtc, int Interpreters, int Sent, int Failed);

public static class BriefingEndpoints
{
    public static void MapBriefing(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/briefing").WithTags("Organiser: interpreter briefing");
        group.MapGet("/", Status);
        group.MapPost("/send-now", SendNow);
    }

    private static async Task<Results<Ok<BriefingStatusDto>, NotFound>> Status(
        string slug, EventsDbContext db, BriefingScheduler scheduler, TimeProvider clock, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(await StatusAsync(db, scheduler, clock, ev, ct));
    }

    private static async Task<Results<Accepted<BriefingStatusDto>, NotFound>> SendNow(
        string slug, EventsDbContext db, BriefingScheduler scheduler, TimeProvider clock, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        scheduler.SendNow(ev.Id);
        return TypedResults.Accepted($"/api/organiser/events/{ev.Slug}/briefing", await StatusAsync(db, scheduler, clock, ev, ct));
    }

    public static async Task<BriefingStatusDto> StatusAsync(EventsDbContext db, BriefingScheduler scheduler, TimeProvider clock,
        Core.Events.Event ev, CancellationToken ct)
    {
        var at = scheduler.SendsAtUtc(ev);
        var ledger = await db.EmailDeliveries.AsNoTracking().Where(d => d.EventId == ev.Id && d.Kind == EmailKind.InterpreterBriefing)
            .Select(d => d.Status).ToListAsync(ct);
        return new BriefingStatusDto(at > clock.GetUtcNow().UtcDateTime ? at : null,
            await db.Interpreters.CountAsync(i => i.EventId == ev.Id, ct),
            ledger.Count(s => s == EmailDeliveryStatus.Sent), ledger.Count(s => s == EmailDeliveryStatus.Failed));
    }
}
