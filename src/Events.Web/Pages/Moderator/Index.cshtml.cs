using Events.Core.Teams;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Moderator;

/// <summary>Where a moderator lands after signing in: the events whose team they are on (an administrator sees every event).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(TeamAccess teams) : PageModel
{
    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Events = await teams.EventsFor(User, TeamRole.Moderator).AsNoTracking().OrderBy(e => e.StartsAtUtc).ToListAsync(ct);
}
