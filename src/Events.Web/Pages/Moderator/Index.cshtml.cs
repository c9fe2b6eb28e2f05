using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Moderator;

/// <summary>Where a moderator lands after signing in: the events they are assigned to (an organiser sees every event).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(EventsDbContext db) : PageModel
{
    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var events = db.Events.AsNoTracking();
        if (!User.IsInRole(Roles.Organiser))
        {
            events = events.Where(e => db.EventModerators.Any(m => m.EventId == e.Id && m.UserId == userId));
        }
        Events = await events.OrderBy(e => e.StartsAtUtc).ToListAsync(ct);
    }
}
