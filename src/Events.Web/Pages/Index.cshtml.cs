using Events.Web.Public;

namespace Events.Web.Pages;

public sealed class IndexModel(EventsDbContext db) : PageModel
{
    public IReadOnlyList<EventSummaryDto> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published || e.Status == EventStatus.Live || e.Status == EventStatus.Ended)
            .OrderByDescending(e => e.StartsAtUtc).Take(50).ToListAsync(ct);
        Events = events.Select(e => e.ToSummaryDto()).ToList();
    }
}
