namespace Events.Web.Pages.Organiser;

/// <summary>Edits one agenda item: its time, kind, title and every person with their role and topic.</summary>
public sealed class AgendaItemModel(AgendaPlanner planner, IStringLocalizer<SharedResource> t) : AgendaFormPage(t)
{
    public int Id { get; private set; }
    public string ItemTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await planner.FindAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (ev is null || item is null)
        {
            return NotFound();
        }
        Input = AgendaItemForm.From(item, ev.TimeZone);
        return Show(ev, item);
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await planner.UpdateAsync(slug, id, Input.ToInput, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            ShowErrors(outcome.Errors);
            return Show(outcome.Event!, outcome.Item!);
        }
        this.Flash(T["Agenda item “{0}” saved.", outcome.Item!.Title]);
        return RedirectToPage("Agenda", new { slug });
    }

    /// <summary>Shows the form again with one more empty person row (works without script).</summary>
    public async Task<IActionResult> OnPostMorePeopleAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await planner.FindAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (ev is null || item is null)
        {
            return NotFound();
        }
        Input.Pad(more: 1);
        return Show(ev, item);
    }

    private PageResult Show(Event ev, AgendaItem item)
    {
        (Id, ItemTitle) = (item.Id, item.Title);
        Prepare(ev);
        return Page();
    }
}
