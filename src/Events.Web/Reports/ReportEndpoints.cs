using Events.Core.Reports;
using Events.Web.Localization;

namespace Events.Web.Reports;

public static class ReportEndpoints
{
    /// <summary>Poll texts come in the request's language (<c>?lang=</c>, cookie, browser), the original where not translated.</summary>
    public static void MapReport(this RouteGroupBuilder events)
    {
        events.MapGet("/report", Json).WithTags("Organiser: report");
        events.MapGet("/report.csv", Csv).WithTags("Organiser: report");
    }

    private static async Task<Results<Ok<EventReport>, NotFound>> Json(string slug, EventsDbContext db, EventReportBuilder reports, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(await reports.ExportAsync(ev, "json", ReaderLanguage.Current, ct));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Csv(string slug, EventsDbContext db, EventReportBuilder reports, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var csv = EventReportCsv.Write(await reports.ExportAsync(ev, "csv", ReaderLanguage.Current, ct));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{ev.Slug}-report.csv");
    }
}
