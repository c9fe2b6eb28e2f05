using System.Security.Claims;
using System.Text;
using Events.Core.Audit;

namespace Events.Web.Registrations;

/// <summary>Registrants as CSV for the organiser's spreadsheet.</summary>
public static partial class RegistrationCsvExport
{
    public const string Header = "name,email,language,channel,organisation,status,waiting position,registered at";

    public static async Task<Results<FileContentHttpResult, NotFound>> Export(
        string slug, ClaimsPrincipal user, EventsDbContext db, AuditTrail audit, ILoggerFactory loggers, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var channels = await db.Events.Where(e => e.Id == eventId).SelectMany(e => e.Channels)
            .ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        var questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.EventId == eventId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);
        var rows = await db.Registrations.AsNoTracking().Include(r => r.Answers).Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync(ct);
        // One column per custom question, after the fixed ones.
        var csv = new StringBuilder(Header).AppendJoin("", questions.Select(q => "," + Cell(q.Label))).Append("\r\n");
        foreach (var r in rows)
        {
            string[] cells =
            [
                r.Name, r.Email, r.Language, r.ChannelId is { } c && channels.TryGetValue(c, out var label) ? label : "",
                r.Organisation ?? "", r.Status.ToString(), r.WaitingPosition?.ToString(CultureInfo.InvariantCulture) ?? "",
                DateTime.SpecifyKind(r.CreatedAtUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ];
            var answers = questions.Select(q => r.Answers.SingleOrDefault(a => a.QuestionId == q.Id)?.Value ?? "");
            csv.AppendJoin(',', cells.Concat(answers).Select(Cell)).Append("\r\n");
        }
        // Only the user id and the count: the log must never hold registrants' personal data.
        LogExported(loggers.CreateLogger("Events.Web.Registrations.Export"), user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?", slug, rows.Count);
        await audit.RecordAsync(AuditAction.RegistrationsExported, eventId, AuditTrail.TargetOf("event", eventId), Exported("csv", rows.Count), cancellationToken: ct);
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8", $"{slug}-registrations.csv");
    }

    /// <summary>Quotes when needed; a leading = + - @ would make a spreadsheet run the cell as a formula.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The audit detail of a registrants export: its format and how many rows left the site.</summary>
    public static string Exported(string format, int rows) => FormattableString.Invariant($"format={format}, rows={rows}");

    [LoggerMessage(LogLevel.Information, "Organiser {UserId} exported {Count} registrations of event {Slug}")]
    private static partial void LogExported(ILogger logger, string userId, string slug, int count);
}
