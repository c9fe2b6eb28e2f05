using System.Globalization;
using Events.Core.Data;
using Events.Core.Events;
using Events.Web.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Events.Web.Pages.Events;

public sealed class ShowModel(EventsDbContext db) : PageModel
{
    public EventDto? Event { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }
        Event = ev.ToDto(forOrganiser: false);
        return Page();
    }

    public static string Utc(TimeSpan offset) => "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Formats the event-local wall time in the reader's language.</summary>
    public string Format(DateTimeOffset value, string format) => value.DateTime.ToString(format, CultureInfo.CurrentCulture);
}
