using Events.Core.Retention;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Events.Web.Retention;

/// <summary>The line of the registration form's privacy notice that says how long the data is kept.</summary>
public sealed class RetentionNoticeViewComponent(EventsDbContext db, IOptions<RetentionOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, HttpContext.RequestAborted);
        if (ev is null)
        {
            return Content("");
        }
        var until = EventTime.ToLocal(options.Value.ErasesAtUtc(ev), ev.TimeZone);
        return View(new RetentionNotice(DateOnly.FromDateTime(until), options.Value.DaysFor(ev)));
    }
}

public sealed record RetentionNotice(DateOnly Until, int Days);
