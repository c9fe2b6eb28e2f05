using System.Globalization;
using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Registrations;
using Events.Web.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Events;

public sealed class ShowModel(EventsDbContext db, Registrar registrar, TimeProvider clock) : PageModel
{
    public EventDto? Event { get; private set; }

    [BindProperty]
    public RegistrationForm Form { get; set; } = new();
    public bool Registered { get; private set; }
    public bool RegistrationOpen { get; private set; }
    public bool RequiresApproval { get; private set; }
    public RegistrationAvailability? Availability { get; private set; }
    public IReadOnlyList<RegistrationQuestion> Questions { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, ct);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }
        await ShowAsync(ev, ct);
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
        await ShowAsync(ev, ct);
        if (!RegistrationOpen || !string.IsNullOrEmpty(Form.Website))
        {
            Registered = RegistrationOpen;
            return Page();
        }
        var outcome = await registrar.RegisterAsync(ev, Form.ToInput(), ct);
        Errors = outcome.Errors.ToDictionary();
        Registered = outcome.Errors.IsValid;
        return Page();
    }

    private async Task ShowAsync(Event ev, CancellationToken ct)
    {
        Event = ev.ToDto(forOrganiser: false);
        RegistrationOpen = ev.IsOpenForRegistration(clock.GetUtcNow().UtcDateTime);
        RequiresApproval = ev.RequiresApproval;
        Availability = await RegistrationAvailability.ForAsync(db, ev, ct);
        Questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.EventId == ev.Id)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);
    }

    public static string Utc(TimeSpan offset) => "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Formats the event-local wall time in the reader's language.</summary>
    public string Format(DateTimeOffset value, string format) => value.DateTime.ToString(format, CultureInfo.CurrentCulture);
}
