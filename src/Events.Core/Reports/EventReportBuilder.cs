using Events.Core.Attendance;
using Events.Core.Audit;
using Events.Core.Live;
using Events.Core.Polls;

namespace Events.Core.Reports;

public sealed class EventReportBuilder(EventsDbContext db, AttendanceRegister attendance, AuditTrail audit)
{
    /// <summary>The channel column for confirmed registrants who chose none.</summary>
    public const string NoChannel = "(none)";

    /// <summary>The report as it leaves the site in <paramref name="format"/> (the API's JSON or CSV), recorded in the audit log.</summary>
    public async Task<EventReport> ExportAsync(Event ev, string format, string language, CancellationToken ct)
    {
        var report = await BuildAsync(ev, language, ct);
        await audit.RecordAsync(AuditAction.ReportExported, ev.Id, AuditTrail.TargetOf("event", ev.Id), $"format={format}", cancellationToken: ct);
        return report;
    }

    /// <summary>The report with the polls' texts in the event's original language.</summary>
    public Task<EventReport> BuildAsync(Event ev, CancellationToken ct) => BuildAsync(ev, ev.OriginalLanguage, ct);

    /// <summary>The report with the polls' texts in <paramref name="language"/> where translated.</summary>
    public async Task<EventReport> BuildAsync(Event ev, string language, CancellationToken ct)
    {
        // Polls keep their counts when the answers are erased: read afresh, in this reader's language, whatever the tally holds.
        var pollFigures = (await PollFigures.PollsAsync(db, ev.Id, followUpOnly: false, ct)).Select(p => PollFigures.Of(p, ContentReader.For(ev, language))).ToList();
        // Once the event's personal data is erased, the rows below are gone: the figures taken before stand.
        if (await Retention.EventTally.KeptReportAsync(db, ev, ct) is { } kept)
        {
            return kept with { Polls = pollFigures };
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == ev.Id)
            .Select(r => new { r.Id, r.Status, r.Language, r.ChannelId, r.CreatedAtUtc }).ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().Where(c => c.EventId == ev.Id).OrderBy(c => c.Id).ToListAsync(ct);
        var confirmed = registrations.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();

        var perDay = registrations
            .GroupBy(r => EventTime.ToLocal(r.CreatedAtUtc, ev.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new DayCount(g.Key, g.Count())).ToList();
        var byStatus = Enum.GetValues<RegistrationStatus>().ToDictionary(s => s.ToString(), s => registrations.Count(r => r.Status == s));
        var byLanguage = RegistrationRules.Languages.Concat(confirmed.Select(r => r.Language)).Distinct()
            .ToDictionary(l => l, l => confirmed.Count(r => r.Language == l));
        // Labels need not be unique per event: a repeated one is told apart by its language.
        var byChannel = channels.ToDictionary(
            c => channels.Count(o => o.Label == c.Label) > 1 || c.Label == NoChannel ? $"{c.Label} ({c.LanguageCode})" : c.Label,
            c => confirmed.Count(r => r.ChannelId == c.Id));
        byChannel[NoChannel] = confirmed.Count(r => r.ChannelId is null || channels.All(c => c.Id != r.ChannelId));

        var present = await attendance.ForEventAsync(ev.Id, ct);
        var attended = confirmed.Count(r => present.TryGetValue(r.Id, out var record) && record.Attended);
        var peak = Intervals.PeakConcurrent(await attendance.IntervalsByAttendeeAsync(ev.Id, ct));
        var rate = confirmed.Count == 0 ? 0m : Math.Round((decimal)attended / confirmed.Count, 4);

        var posts = await db.Questions.AsNoTracking().Where(q => q.EventId == ev.Id).Select(q => new { q.Kind, q.Status }).ToListAsync(ct);
        var questions = posts.Where(p => p.Kind == PostKind.Question).Select(p => p.Status).ToList();
        var comments = posts.Where(p => p.Kind == PostKind.Comment).Select(p => p.Status).ToList();
        var questionFigures = new QuestionFigures(
            questions.Count,
            questions.Count(s => s is QuestionStatus.Published or QuestionStatus.Answering or QuestionStatus.Answered),
            questions.Count(s => s == QuestionStatus.Answered));

        var deliveries = await db.EmailDeliveries.AsNoTracking().Where(d => d.EventId == ev.Id)
            .GroupBy(d => new { d.Kind, d.Status }).Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var emails = deliveries.Select(d => d.Kind).Distinct().OrderBy(k => k)
            .Select(k => new EmailFigures(k.ToString(),
                deliveries.Where(d => d.Kind == k && d.Status == EmailDeliveryStatus.Sent).Sum(d => d.Count),
                deliveries.Where(d => d.Kind == k && d.Status == EmailDeliveryStatus.Failed).Sum(d => d.Count)))
            .ToList();

        return new EventReport(ev.Slug, ev.Title, perDay, byStatus, byLanguage, byChannel,
            new AttendanceFigures(confirmed.Count, attended, rate, peak), questionFigures, emails,
            new CommentFigures(comments.Count, comments.Count(s => s is QuestionStatus.Published or QuestionStatus.Answering or QuestionStatus.Answered)),
            pollFigures);
    }
}
