using Events.Core.Polls;
using Events.Core.Validation;

namespace Events.Web.Pages.Organiser;

/// <summary>The organiser's polls, prepared before the event: the same <see cref="PollEditor"/> as the API.</summary>
public sealed class PollsModel(EventsDbContext db, PollEditor editor, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Choice rows the form offers before the organiser has typed any.</summary>
    private const int BlankRows = 4;

    [BindProperty]
    public PollForm Input { get; set; } = new();

    /// <summary>The poll being edited (from <c>?edit=</c>), or null when the form adds one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Poll> Polls { get; private set; } = [];
    private Event? ev;

    /// <summary>The question's and every choice row's language tabs, for what the form holds now.</summary>
    public LanguageTabs Tabs
    {
        get
        {
            var fields = new List<TabField>
            {
                new(t["@Poll.Question"], Input.Question ?? "", "Input_Question", true, PollInput.TextMax, nameof(Input), nameof(Poll.Question), Input.Translations),
            };
            fields.AddRange(Input.Choices.Select((c, i) => new TabField(t["@Poll.ChoiceN", i + 1], c.Text ?? "", PollForm.ChoiceInputId(i), false,
                PollInput.TextMax, PollForm.ChoicePrefix(i), nameof(PollChoice.Text), c.Translations)));
            return LanguageTabs.For("poll", ev!, fields, t);
        }
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        if (Edit is { } id)
        {
            var poll = Polls.SingleOrDefault(p => p.Id == id);
            if (poll is null)
            {
                return NotFound();
            }
            Input = PollForm.From(poll);
        }
        Input.Pad(BlankRows);
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct) =>
        SaveAsync(slug, eventId => editor.AddAsync(eventId, Input.ToInput(), ct), ct);

    public Task<IActionResult> OnPostUpdateAsync(string slug, int id, CancellationToken ct) =>
        SaveAsync(slug, eventId => editor.UpdateAsync(eventId, id, Input.ToInput(), ct), ct);

    public async Task<IActionResult> OnPostMoveAsync(string slug, int id, int by, CancellationToken ct)
    {
        var found = await LoadAsync(slug, ct) && await editor.MoveAsync(ev!.Id, id, by, ct);
        return Done(found, t["Order saved."]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var found = await LoadAsync(slug, ct) && await editor.RemoveAsync(ev!.Id, id, ct);
        return Done(found, t["Poll deleted."]);
    }

    private IActionResult Done(bool found, string message)
    {
        if (!found)
        {
            return NotFound();
        }
        this.Flash(message);
        return RedirectToPage(new { slug = Slug });
    }

    /// <summary>Runs one edit; a refused one shows the form again with the reasons inline, in the page's language.</summary>
    private async Task<IActionResult> SaveAsync(string slug, Func<int, Task<EditResult<Poll>>> change, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        Input.Compact();
        var result = await change(ev!.Id);
        if (!result.Found)
        {
            return NotFound();
        }
        if (!result.IsValid)
        {
            ModelState.AddErrorsWithTranslations(PollForm.FormNames(result.Errors), nameof(Input), t, PollForm.ChoicePrefix);
            Input.Pad(BlankRows);
            return Page();
        }
        this.Flash(t["Poll saved."]);
        return RedirectToPage(new { slug = Slug, edit = (int?)null });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return false;
        }
        Slug = ev.Slug;
        Polls = await editor.ListAsync(ev.Id, ct);
        return true;
    }
}
