namespace Events.Web.Pages.Organiser;

public sealed class IndexModel(EventsDbContext db) : PageModel
{
    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartsAtUtc).ToListAsync(ct);
}
