using Events.Core.Content;
using Events.Web.Localization;
using Events.Web.Public;

namespace Events.Web.Pages;

public sealed class IndexModel(EventsDbContext db) : PageModel
{
    public IReadOnlyList<(EventSummaryDto Event, LocalizedText Title)> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published || e.Status == EventStatus.Live || e.Status == EventStatus.Ended)
            .OrderByDescending(e => e.StartsAtUtc).Take(50).ToListAsync(ct);
        Events = events.Select(e => (e.ToSummaryDto(), ReaderLanguage.For(e).Text(e.Translations, nameof(Event.Title), e.Title))).ToList();
    }
}
