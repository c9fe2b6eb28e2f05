using System.Text;
using Events.Core.Calendar;

namespace Events.Web.Calendar;

public static class CalendarFeedEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events/{slug}/calendar.ics", GetFeed).AllowAnonymous().WithTags("Public events");
        return app;
    }

    private static async Task<IResult> GetFeed(string slug, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null || !ev.IsPublic)
        {
            return TypedResults.NotFound();
        }
        var page = $"{http.Request.Scheme}://{http.Request.Host}/events/{Uri.EscapeDataString(ev.Slug)}";
        var request = new InvitationRequest(ev, CalendarMethod.Publish, ev.Title, ev.Summary + "\n\n" + page, page);
        var ics = InvitationCalendar.Build(request, time.GetUtcNow().UtcDateTime);
        return TypedResults.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8);
    }
}
