using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Speakers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Events.Web.Pages.Organiser;

public sealed class SpeakersModel(EventsDbContext db) : PageModel
{
    [BindProperty]
    public SpeakerInput Input { get; set; } = new(null, null, null, null, null, null);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Speaker> Speakers { get; private set; } = [];

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
        var speaker = new Speaker { Name = "", EventId = ev.Id };
        var errors = Input.ApplyTo(speaker);
        ModelState.AddRuleErrors(errors, nameof(Input));
        if (!errors.IsValid)
        {
            return Show(ev);
        }
        ev.Speakers.Add(speaker);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var speaker = ev?.Speakers.SingleOrDefault(s => s.Id == id);
        if (speaker is null)
        {
            return NotFound();
        }
        db.Speakers.Remove(speaker);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    private PageResult Show(Event ev)
    {
        Slug = ev.Slug;
        Speakers = ev.Speakers.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
