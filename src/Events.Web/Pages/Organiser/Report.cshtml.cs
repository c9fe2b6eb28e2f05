using Events.Core.Polls;
using Events.Core.Reports;

namespace Events.Web.Pages.Organiser;

/// <summary>One chart: its id, title, description for screen readers, and the numbers also shown as a table; <see cref="Lang"/> when the title is in another language than the page.</summary>
public sealed record ReportChart(string Id, string Title, string Description, IReadOnlyList<(string Label, decimal Value)> Bars, string? Lang = null);

public sealed class ReportModel(EventsDbContext db, EventReportBuilder reports, IStringLocalizer<SharedResource> t) : PageModel
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
        Report = await reports.BuildAsync(ev, Localization.ReaderLanguage.Current, ct);
        var a = Report.Attendance;
        var q = Report.Questions;
        var c = Report.Comments ?? new CommentFigures(0, 0);
        Charts =
        [
            Chart("per-day", t["Registrations per day"], t["Registrations made each day, in the event's time zone."],
                Report.RegistrationsPerDay.Select(d => (d.Date, (decimal)d.Count))),
            Chart("by-status", t["Registrations by status"], t["All registrations, by their status now."],
                Report.RegistrationsByStatus.Select(s => (t["@Event.Registrations." + s.Key].Value, (decimal)s.Value))),
            Chart("by-language", t["Confirmed by language"], t["Confirmed registrants by their language."], Report.ConfirmedByLanguage.Select(s => (s.Key, (decimal)s.Value))),
            Chart("by-channel", t["Confirmed by channel"], t["Confirmed registrants by the interpretation channel they chose."],
                Report.ConfirmedByChannel.Select(s => (s.Key == EventReportBuilder.NoChannel ? t["@Report.NoChannel"].Value : s.Key, (decimal)s.Value))),
            Chart("attendance", t["@Report.Attendance"], t["{0} of {1} confirmed attended; at most {2} at once.", a.Attended, a.Confirmed, a.PeakConcurrent],
                [(t["@Report.Confirmed"], a.Confirmed), (t["@Report.Attended"], a.Attended), (t["@Report.PeakAtOnce"], a.PeakConcurrent)]),
            Chart("questions", t["Questions"], t["Questions asked, approved for the audience, and answered."],
                [(t["@Report.Asked"], q.Asked), (t["@Report.Approved"], q.Approved), (t["@Report.Answered"], q.Answered)]),
            Chart("comments", t["Comments"], t["Comments posted beside the questions, and published for the audience."],
                [(t["Posted"], c.Posted), (t["Published"], c.Published)]),
            Chart("emails", t["@Event.Part.Emails"], t["Emails sent and failed, by kind."],
                Report.Emails.SelectMany(e => new[]
                {
                    (t["@Report.KindSent", t["@EmailKind." + e.Kind]].Value, (decimal)e.Sent),
                    (t["@Report.KindFailed", t["@EmailKind." + e.Kind]].Value, (decimal)e.Failed),
                })),
        ];
        Charts = [.. Charts, .. (Report.Polls ?? []).Select(PollChart)];
        return Page();
    }

    /// <summary>A poll's answers per choice, each labelled with its share of the people who answered.</summary>
    private ReportChart PollChart(PollFigures poll) => new($"poll-{poll.Id}", t["@Report.Poll", poll.Question],
        t["@Poll.ReportDescription", poll.Respondents],
        poll.Choices.Select(c => (t["@Report.PollChoice", c.Text, (c.Share * 100).ToString("0.#", CultureInfo.CurrentCulture)].Value, (decimal)c.Count)).ToList(),
        poll.Language == Localization.ReaderLanguage.Current ? null : poll.Language);

    private static ReportChart Chart(string id, string title, string description, IEnumerable<(string, decimal)> bars) =>
        new(id, title, description, bars.ToList());
}
