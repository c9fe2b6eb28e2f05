using System.Text;
using Events.Core.Audit;

namespace Events.Core.Live;

/// <summary>
/// The Q&amp;A after the session, for the organiser's record: the questions (by votes), then the comments (by time).
/// Only names the askers chose to show are included; pending, dismissed, hidden and merged posts are left out along
/// with everything they said.
/// </summary>
public sealed class QuestionExport(EventsDbContext db, AuditTrail audit)
{
    public const string CsvHeader = "kind,status,votes,language,asked at (UTC),answered at (UTC),asked by,text";

    /// <summary>Public questions by votes, then public comments in the order they were posted.</summary>
    public async Task<IReadOnlyList<Question>> PublicQuestionsAsync(int eventId, CancellationToken ct)
    {
        var posts = await db.Questions.AsNoTracking()
            .Where(q => q.EventId == eventId && (q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering || q.Status == QuestionStatus.Answered))
            .ToListAsync(ct);
        return [.. posts.Where(q => q.Kind == PostKind.Question).OrderByDescending(q => q.Votes).ThenBy(q => q.Id),
            .. posts.Where(q => q.Kind == PostKind.Comment).OrderBy(q => q.CreatedAtUtc).ThenBy(q => q.Id)];
    }

    /// <summary>The public questions as they leave the site in <paramref name="format"/>, recorded in the audit log.</summary>
    public async Task<IReadOnlyList<Question>> ExportAsync(int eventId, string format, CancellationToken ct)
    {
        var questions = await PublicQuestionsAsync(eventId, ct);
        await audit.RecordAsync(AuditAction.QuestionsExported, eventId, AuditTrail.TargetOf("event", eventId),
            FormattableString.Invariant($"format={format}, rows={questions.Count}"), cancellationToken: ct);
        return questions;
    }

    public static string ToCsv(IEnumerable<Question> questions, Func<string, string> cell)
    {
        var csv = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (var q in questions)
        {
            var comment = q.Kind == PostKind.Comment;
            string[] cells = [comment ? "comment" : "question", q.Status.ToString(), comment ? "" : q.Votes.ToString(CultureInfo.InvariantCulture), q.Language, Stamp(q.CreatedAtUtc),
                q.AnsweredAtUtc is { } a ? Stamp(a) : "", q.PublicName ?? "", q.Text];
            csv.AppendJoin(',', cells.Select(cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    public static string ToMarkdown(string title, IEnumerable<Question> questions)
    {
        var md = new StringBuilder().Append("# Questions: ").AppendLine(Escape(title)).AppendLine();
        var posts = questions.ToList();
        foreach (var group in posts.Where(q => q.Kind == PostKind.Question).GroupBy(q => q.Status == QuestionStatus.Answered).OrderByDescending(g => g.Key))
        {
            md.AppendLine(group.Key ? "## Answered" : "## Not answered").AppendLine();
            foreach (var q in group)
            {
                var by = q.PublicName is { } name ? $", {Escape(name)}" : "";
                md.Append("- ").Append(Escape(q.Text)).Append(" _(").Append(q.Votes.ToString(CultureInfo.InvariantCulture))
                    .Append(q.Votes == 1 ? " vote" : " votes").Append(", ").Append(q.Language).Append(by).Append(", ")
                    .Append(Stamp(q.CreatedAtUtc)).AppendLine(")_");
            }
            md.AppendLine();
        }
        var comments = posts.Where(q => q.Kind == PostKind.Comment).ToList();
        if (comments.Count > 0)
        {
            md.AppendLine("## Comments").AppendLine();
            foreach (var c in comments)
            {
                var by = c.PublicName is { } name ? $", {Escape(name)}" : "";
                md.Append("- ").Append(Escape(c.Text)).Append(" _(").Append(c.Language).Append(by).Append(", ").Append(Stamp(c.CreatedAtUtc)).AppendLine(")_");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    private static string Stamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Question text is the audience's: it must read as text wherever the Markdown is rendered.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            _ = ch switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~' => sb.Append('\\').Append(ch),
                _ => sb.Append(ch),
            };
        }
        return sb.ToString();
    }
}
