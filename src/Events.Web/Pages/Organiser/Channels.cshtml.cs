using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Interpretation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Events.Web.Pages.Organiser;

public sealed class ChannelsModel(EventsDbContext db) : PageModel
{
    public sealed class ChannelForm
    {
        public string? LanguageCode { get; set; }
        public string? Label { get; set; }
        public bool IsFloor { get; set; }
        public string? JoinUrl { get; set; }
        public string? Interpreters { get; set; }

        public ChannelInput ToInput() => new(LanguageCode?.Trim(), Label, IsFloor, string.IsNullOrWhiteSpace(JoinUrl) ? null : JoinUrl.Trim(),
            (Interpreters ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());
    }

    [BindProperty]
    public ChannelForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public IReadOnlyList<InterpretationChannel> Channels { get; private set; } = [];

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
        var channel = new InterpretationChannel { LanguageCode = "", Label = "", EventId = ev.Id };
        var errors = Input.ToInput().ApplyTo(channel, ev.Channels);
        ModelState.AddRuleErrors(errors, nameof(Input));
        if (!errors.IsValid)
        {
            return Show(ev);
        }
        ev.Channels.Add(channel);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var channel = ev?.Channels.SingleOrDefault(c => c.Id == id);
        if (channel is null)
        {
            return NotFound();
        }
        db.Channels.Remove(channel);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    private PageResult Show(Event ev)
    {
        Slug = ev.Slug;
        Channels = ev.Channels.OrderBy(c => c.Label, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
