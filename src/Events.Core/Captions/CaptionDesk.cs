using System.Security.Claims;
using Events.Core.Teams;

namespace Events.Core.Captions;

/// <summary>
/// The captions use case, shared by the caption console (hub) and the ingest endpoint: a captioner (or any higher
/// role) of the event sends lines in one of the event's languages; each is stored with the agenda item running then.
/// The caller broadcasts what comes back.
/// </summary>
public sealed class CaptionDesk(EventsDbContext db, TeamAccess access, TimeProvider clock)
{
    public const int TextMax = 500;
    public const int SpeakerMax = 80;

    /// <summary>How many recent lines a late follower or a console receives.</summary>
    public const int RecentCount = 20;

    /// <summary>Sends one or more lines (<paramref name="text"/> split on line breaks; blank lines dropped).</summary>
    public async Task<CaptionResult> SendAsync(ClaimsPrincipal caller, int eventId, string? language, string? text, CancellationToken ct,
        string? speakerLabel = null)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return CaptionResult.Refused(CaptionOutcome.NotFound);
        }
        var userId = caller.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !await access.MayActOnEventAsync(caller, eventId, TeamRole.Captioner, ct))
        {
            return CaptionResult.Refused(CaptionOutcome.NotAllowed);
        }
        var lines = Split(text);
        var errors = new ValidationErrors();
        if (language is null || !ev.Languages.Contains(language))
        {
            errors.Add("lang", $"Not one of this event's languages ({string.Join(", ", ev.Languages)}).");
        }
        if (lines.Count == 0)
        {
            errors.Required("text", null);
        }
        else if (lines.Any(l => l.Length > TextMax))
        {
            errors.Add("text", $"Each line must be at most {TextMax} characters.");
        }
        errors.MaxLength("speakerLabel", speakerLabel, SpeakerMax);
        if (!errors.IsValid)
        {
            return new CaptionResult(CaptionOutcome.Invalid, [], errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = lines.Select(l => new CaptionLine
        {
            EventId = eventId,
            Language = language!,
            Text = l,
            AtUtc = now,
            AgendaItemId = ev.CurrentAgendaItemId,
            SpeakerLabel = string.IsNullOrWhiteSpace(speakerLabel) ? null : speakerLabel.Trim(),
            SentBy = userId,
        }).ToList();
        db.CaptionLines.AddRange(stored);
        await db.SaveChangesAsync(ct);
        return new CaptionResult(CaptionOutcome.Sent, stored, errors);
    }

    /// <summary>The last lines of one language, oldest first; null when the event does not offer that language.</summary>
    public async Task<IReadOnlyList<CaptionLine>?> RecentAsync(int eventId, string language, CancellationToken ct)
    {
        var languages = await db.Events.Where(e => e.Id == eventId).Select(e => e.Languages).SingleOrDefaultAsync(ct);
        if (languages is null || !languages.Contains(language))
        {
            return null;
        }
        var recent = await db.CaptionLines.AsNoTracking().Where(c => c.EventId == eventId && c.Language == language)
            .OrderByDescending(c => c.Id).Take(RecentCount).ToListAsync(ct);
        recent.Reverse();
        return recent;
    }

    private static List<string> Split(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
