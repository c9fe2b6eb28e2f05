using Events.Core.Forums;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class ForumsModel(EventsDbContext db) : PageModel
{
    public IReadOnlyList<(Forum Forum, int Events)> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Forums = (await db.Forums.AsNoTracking().OrderByDescending(f => f.StartsOn).ThenBy(f => f.Slug)
            .Select(f => new { Forum = f, Count = f.Events.Count }).ToListAsync(ct)).Select(f => (f.Forum, f.Count)).ToList();
}
