using Events.Core.Links;

namespace Events.Web.Live;

public static class LiveAdmissionEndpoints
{
    /// <summary>The personal link's way into the live page. Only a confirmed registration of a running event is admitted.</summary>
    public static void MapLiveAdmission(this IEndpointRouteBuilder app) =>
        app.MapGet("/r/{token}/live", AdmitAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Admission).ExcludeFromDescription();

    private static async Task<IResult> AdmitAsync(string token, HttpContext http, EventsDbContext db, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().WithToken(token).SingleOrDefaultAsync(ct);
        if (registration is null)
        {
            return Results.NotFound();
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId, ct);
        if (registration.Status != RegistrationStatus.Confirmed || ev.Status is not (EventStatus.Published or EventStatus.Live or EventStatus.Ended))
        {
            return Results.Redirect($"/r/{Uri.EscapeDataString(token)}");
        }
        await LiveSignIn.AttendeeAsync(http, registration, ev);
        return Results.Redirect($"/events/{Uri.EscapeDataString(ev.Slug)}/live");
    }
}
