using Events.Core.Data;
using Events.Core.Events;
using Events.Web.Accounts;
using Events.Web.Live;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Live;

/// <summary>
/// The console and the presenter view: staff of this event only. Not an [Authorize] attribute, because an attendee
/// (live cookie, no account) must get a plain 403 rather than a sign-in page they have no account for.
/// </summary>
public abstract class StaffPage(EventsDbContext db, LiveAccess access, IAuthorizationService authorization) : PageModel
{
    public int EventId { get; private set; }
    public string EventSlug { get; private set; } = "";
    public string EventTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            var live = await HttpContext.AuthenticateAsync(LiveClaims.Scheme);
            return live.Succeeded ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var staff = (await authorization.AuthorizeAsync(User, Policies.Staff)).Succeeded
            && await access.IsStaffForAsync(User, ev.Id, ct);
        if (!staff)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        EventId = ev.Id;
        EventSlug = ev.Slug;
        EventTitle = ev.Title;
        return Page();
    }
}
