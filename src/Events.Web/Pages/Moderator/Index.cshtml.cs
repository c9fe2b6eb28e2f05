using Events.Core.Teams;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Moderator;

/// <summary>
/// Where moderators and captioners land after signing in: the events whose team they are on (an administrator sees
/// every event). A captioner only captions, so their events offer the caption console and not the moderation console.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(TeamAccess teams) : PageModel
{
    public sealed record LiveEvent(Event Event, bool Moderates);

    public IReadOnlyList<LiveEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var moderated = await teams.EventsFor(User, TeamRole.Moderator).Select(e => e.Id).ToListAsync(ct);
        var events = await teams.EventsFor(User, TeamRole.Captioner).AsNoTracking().OrderBy(e => e.StartsAtUtc).ToListAsync(ct);
        Events = events.Select(e => new LiveEvent(e, moderated.Contains(e.Id))).ToList();
    }
}
