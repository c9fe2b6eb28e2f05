namespace Events.Web.Pages.Organiser;

public sealed class AgendaModel(AgendaPlanner planner, IStringLocalizer<SharedResource> t) : AgendaFormPage(t)
{
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public DateTime Local(DateTime utc) => EventTime.ToLocal(utc, _zone);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await planner.FindAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Input.Start = TimeOnly.FromDateTime(AgendaTimes.NextStartLocal(ev));
        return Show(ev);
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await planner.AddAsync(slug, Input.ToInput, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            ShowErrors(outcome.Errors);
            return Show(outcome.Event!);
        }
        this.Flash(T["Agenda item “{0}” added.", outcome.Item!.Title]);
        return RedirectToPage(new { slug });
    }

    /// <summary>Shows the add form again with one more empty person row (works without script).</summary>
    public async Task<IActionResult> OnPostMorePeopleAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await planner.FindAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Input.Pad(more: 1);
        return Show(ev);
    }

    public async Task<IActionResult> OnPostMoveAsync(string slug, int id, string? direction, CancellationToken ct)
    {
        var outcome = await planner.MoveAsync(slug, id, direction == "up" ? -1 : 1, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            ShowErrors(outcome.Errors);
            return Show(outcome.Event!);
        }
        this.Flash(T["Agenda order saved: “{0}” now starts at {1}.", outcome.Item!.Title,
            EventTime.ToLocal(outcome.Item.StartsAtUtc, outcome.Event!.TimeZone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)]);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var outcome = await planner.RemoveAsync(slug, id, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        this.Flash(T["Agenda item “{0}” removed.", outcome.Item!.Title]);
        return RedirectToPage(new { slug });
    }

    private PageResult Show(Event ev)
    {
        _zone = ev.TimeZone;
        Items = AgendaRules.InOrder(ev).ToList();
        Prepare(ev);
        return Page();
    }
}
