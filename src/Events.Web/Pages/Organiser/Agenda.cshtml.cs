using Events.Core.Agenda;
using Events.Core.Data;
using Events.Core.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Events.Web.Pages.Organiser;

public sealed class AgendaModel(EventsDbContext db) : PageModel
{
    public sealed class ItemForm
    {
        public AgendaItemKind? Kind { get; set; }
        public string? Title { get; set; }
        public DateTime? Start { get; set; }
        public int? DurationMinutes { get; set; }
        public int? SpeakerId { get; set; }
        public AgendaRole Role { get; set; }
        public string? People { get; set; }

        public AgendaItemInput ToInput() => new(Kind, Title, null, Start, DurationMinutes,
            SpeakerId is int id ? [new AgendaPersonInput(id, Role, null)] : []);
    }

    [BindProperty]
    public ItemForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string TimeZoneId { get; private set; } = "";
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SpeakerOptions { get; private set; } = [];
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public DateTime Local(DateTime utc) => EventTime.ToLocal(utc, _zone);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        return ev is null ? NotFound() : Show(ev);
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var item = new AgendaItem { Title = "", EventId = ev.Id, Position = ev.AgendaItems.Count };
        var errors = AgendaRules.Apply(Input.ToInput(), item, ev);
        ModelState.AddRuleErrors(errors, nameof(Input));
        if (!errors.IsValid)
        {
            return Show(ev);
        }
        ev.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (item is null)
        {
            return NotFound();
        }
        db.AgendaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    private PageResult Show(Event ev)
    {
        (Slug, TimeZoneId, _zone) = (ev.Slug, ev.TimeZoneId, ev.TimeZone);
        Items = ev.AgendaItems.OrderBy(a => a.StartsAtUtc).ToList();
        SpeakerOptions = ev.Speakers.Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return Page();
    }
}
