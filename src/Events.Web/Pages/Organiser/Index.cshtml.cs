using Events.Core.Teams;

namespace Events.Web.Pages.Organiser;

/// <summary>The events the caller organises (through the event's team or its forum's); every event for an administrator.</summary>
public sealed class IndexModel(TeamAccess teams) : PageModel
{
    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = await teams.EventsFor(User, TeamRole.Organiser).AsNoTracking().OrderByDescending(e => e.StartsAtUtc).ToListAsync(ct);
}
