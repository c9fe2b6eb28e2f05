namespace Events.Web.Pages.Organiser;

/// <summary>The event's caption transcripts: lines per language, with the WebVTT and plain-text downloads.</summary>
public sealed class CaptionsModel(EventsDbContext db) : PageModel
{
    public string Slug { get; private set; } = "";
    public IReadOnlyList<(string Language, int Lines)> Transcripts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Slug = ev.Slug;
        var counts = await db.CaptionLines.Where(c => c.EventId == ev.Id).GroupBy(c => c.Language)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Transcripts = ev.Languages.Select(l => (l, counts.GetValueOrDefault(l))).ToList();
        return Page();
    }
}
