using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Readings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Events.Web.Pages.Organiser;

public sealed class ReadingsModel(EventsDbContext db) : PageModel
{
    [BindProperty]
    public ReadingInput Input { get; set; } = new(null, null, null, null, null, null, null);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Reading> Readings { get; private set; } = [];

    public (string Name, string Label, string Type)[] Fields { get; } =
    [
        ("Title", "Title", "text"), ("Authors", "Authors", "text"), ("Year", "Year", "number"),
        ("Publisher", "Publisher", "text"), ("Url", "Link (URL)", "url"), ("Doi", "DOI", "text"), ("Note", "Note", "text"),
    ];

    public string? Value(string name) => typeof(ReadingInput).GetProperty(name)?.GetValue(Input)?.ToString();

    public string? Error(string name) =>
        ModelState.TryGetValue("Input." + name, out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

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
        var reading = new Reading { Title = "", EventId = ev.Id, Position = ev.Readings.Count == 0 ? 0 : ev.Readings.Max(r => r.Position) + 1 };
        var errors = Input.ApplyTo(reading);
        ModelState.AddRuleErrors(errors, nameof(Input));
        if (!errors.IsValid)
        {
            return Show(ev);
        }
        ev.Readings.Add(reading);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var reading = ev?.Readings.SingleOrDefault(r => r.Id == id);
        if (reading is null)
        {
            return NotFound();
        }
        db.Readings.Remove(reading);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    private PageResult Show(Event ev)
    {
        Slug = ev.Slug;
        Readings = ev.Readings.OrderBy(r => r.Position).ToList();
        return Page();
    }
}
