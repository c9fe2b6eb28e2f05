using Events.Core.Data;
using Events.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Organiser;

/// <summary>One chart: its id, title, description for screen readers, and the numbers also shown as a table.</summary>
public sealed record ReportChart(string Id, string Title, string Description, IReadOnlyList<(string Label, decimal Value)> Bars);

public sealed class ReportModel(EventsDbContext db, EventReportBuilder reports) : PageModel
{
    public EventReport Report { get; private set; } = null!;
    public IReadOnlyList<ReportChart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Report = await reports.BuildAsync(ev, ct);
        var a = Report.Attendance;
        var q = Report.Questions;
        Charts =
        [
            Chart("per-day", "Registrations per day", "Registrations made each day, in the event's time zone.",
                Report.RegistrationsPerDay.Select(d => (d.Date, (decimal)d.Count))),
            Chart("by-status", "Registrations by status", "All registrations, by their status now.", Report.RegistrationsByStatus.Select(s => (s.Key, (decimal)s.Value))),
            Chart("by-language", "Confirmed by language", "Confirmed registrants by their language.", Report.ConfirmedByLanguage.Select(s => (s.Key, (decimal)s.Value))),
            Chart("by-channel", "Confirmed by channel", "Confirmed registrants by the interpretation channel they chose.", Report.ConfirmedByChannel.Select(s => (s.Key, (decimal)s.Value))),
            Chart("attendance", "Attendance", $"{a.Attended} of {a.Confirmed} confirmed attended; at most {a.PeakConcurrent} at once.",
                [("Confirmed", a.Confirmed), ("Attended", a.Attended), ("Peak at once", a.PeakConcurrent)]),
            Chart("questions", "Questions", "Questions asked, approved for the audience, and answered.",
                [("Asked", q.Asked), ("Approved", q.Approved), ("Answered", q.Answered)]),
            Chart("emails", "Emails", "Emails sent and failed, by kind.",
                Report.Emails.SelectMany(e => new[] { ($"{e.Kind} sent", (decimal)e.Sent), ($"{e.Kind} failed", (decimal)e.Failed) })),
        ];
        return Page();
    }

    private static ReportChart Chart(string id, string title, string description, IEnumerable<(string, decimal)> bars) =>
        new(id, title, description, bars.ToList());
}
