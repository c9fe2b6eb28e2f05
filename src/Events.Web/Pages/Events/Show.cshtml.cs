using System.Globalization;
using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Registrations;
using Events.Web.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Events;

public sealed class ShowModel(EventsDbContext db, Registrar registrar) : PageModel
{
    public EventDto? Event { get; private set; }

    [BindProperty]
    public RegistrationForm Form { get; set; } = new();
    public bool Registered { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

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

    /// <summary>Same visible answer for new, repeated and honeypot registrations, as in the API.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, ct);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }
        Event = ev.ToDto(forOrganiser: false);
        if (ev.Status != EventStatus.Published || !string.IsNullOrEmpty(Form.Website))
        {
            Registered = ev.Status == EventStatus.Published;
            return Page();
        }
        var outcome = await registrar.RegisterAsync(ev, Form.ToInput(), ct);
        Errors = outcome.Errors.ToDictionary();
        Registered = outcome.Errors.IsValid;
        return Page();
    }

    public static string Utc(TimeSpan offset) => "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Formats the event-local wall time in the reader's language.</summary>
    public string Format(DateTimeOffset value, string format) => value.DateTime.ToString(format, CultureInfo.CurrentCulture);
}
