using Events.Core.Speakers;

namespace Events.Web.Pages.Organiser;

public sealed class SpeakersModel(SpeakerDirectory directory, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SpeakerInput Input { get; set; } = new(null, null, null, null, null, null);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Speaker> Speakers { get; private set; } = [];

    /// <summary>On how many agenda items each speaker appears (absent: none).</summary>
    public IReadOnlyDictionary<int, int> OnAgenda { get; private set; } = new Dictionary<int, int>();

    public string RemoveQuestion(Speaker s) => OnAgenda.TryGetValue(s.Id, out var items)
        ? t["Remove {0}? They are on {1} agenda item(s) and will be taken off them.", s.Name, items]
        : t["Remove {0}? They are not on the agenda.", s.Name];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await directory.FindEventAsync(slug, ct);
        return ev is null ? NotFound() : await ShowAsync(ev, ct);
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await directory.AddAsync(slug, Input, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            ModelState.AddLocalisedErrors(outcome.Errors, nameof(Input), t);
            return await ShowAsync((await directory.FindEventAsync(slug, ct))!, ct);
        }
        this.Flash(t["Speaker {0} added.", outcome.Speaker!.Name]);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var outcome = await directory.RemoveAsync(slug, id, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        this.Flash(outcome.AgendaItemsLeft > 0
            ? t["Speaker {0} removed, and taken off {1} agenda item(s).", outcome.Speaker!.Name, outcome.AgendaItemsLeft]
            : t["Speaker {0} removed.", outcome.Speaker!.Name]);
        return RedirectToPage(new { slug });
    }

    private async Task<PageResult> ShowAsync(Event ev, CancellationToken ct)
    {
        Slug = ev.Slug;
        Speakers = ev.Speakers.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        OnAgenda = await directory.AgendaItemCountsAsync(ev.Id, ct);
        return Page();
    }
}
