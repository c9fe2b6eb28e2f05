using Events.Core.Briefing;
using Events.Core.Data;
using Events.Core.Events;
using Events.Web.Briefing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Organiser;

public sealed class InterpretersModel(EventsDbContext db, BriefingScheduler scheduler, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InterpreterInput Input { get; set; } = new(null, null, "en", "fr", null);

    [TempData]
    public string? Message { get; set; }

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Interpreter> Interpreters { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Channels { get; private set; } = new Dictionary<int, string>();
    public BriefingStatusDto Status { get; private set; } = new(null, 0, 0, 0);
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        return ev is null ? NotFound() : await ShowAsync(ev, ct);
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var interpreter = new Interpreter { EventId = ev.Id, Name = "", Email = "", SourceLanguage = "", TargetLanguage = "" };
        var errors = Input.ApplyTo(interpreter, await InterpreterEndpoints.ChannelIdsAsync(db, ev.Id, ct));
        if (!errors.IsValid)
        {
            Errors = errors.ToDictionary();
            return await ShowAsync(ev, ct);
        }
        db.Interpreters.Add(interpreter);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null || await db.Interpreters.Where(i => i.Id == id && i.EventId == ev.Id).ExecuteDeleteAsync(ct) == 0)
        {
            return NotFound();
        }
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostSendNowAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        scheduler.SendNow(ev.Id);
        Message = "A fresh briefing is on its way to every interpreter.";
        return RedirectToPage(new { slug });
    }

    private async Task<PageResult> ShowAsync(Event ev, CancellationToken ct)
    {
        Slug = ev.Slug;
        Interpreters = await db.Interpreters.AsNoTracking().Where(i => i.EventId == ev.Id).OrderBy(i => i.Id).ToListAsync(ct);
        Channels = await db.Channels.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        Status = await BriefingEndpoints.StatusAsync(db, scheduler, clock, ev, ct);
        return Page();
    }
}
