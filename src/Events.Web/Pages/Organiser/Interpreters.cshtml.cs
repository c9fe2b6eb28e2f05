using Events.Core.Briefing;
using Events.Core.Interpretation;

namespace Events.Web.Pages.Organiser;

public sealed class InterpretersModel(
    EventsDbContext db, InterpreterRoster roster, ChannelPlanner planner, BriefingDesk desk, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public static readonly string[] Languages = ["en", "fr", "es"];

    [BindProperty]
    public InterpreterInput Input { get; set; } = new(null, null, "en", "fr", null);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<Interpreter> Interpreters { get; private set; } = [];
    public IReadOnlyList<InterpretationChannel> Channels { get; private set; } = [];
    public BriefingStatus Status { get; private set; } = new(null, 0, 0, 0);

    /// <summary>The interpreter the form edits; null when it adds one.</summary>
    public Interpreter? Editing { get; private set; }

    public string ChannelLabel(int? channelId) => Channels.SingleOrDefault(c => c.Id == channelId)?.Label ?? "";

    public async Task<IActionResult> OnGetAsync(string slug, int? edit, CancellationToken ct)
    {
        if (!await ShowAsync(slug, edit, ct) || (edit is not null && Editing is null))
        {
            return NotFound();
        }
        if (Editing is { } i)
        {
            // The channel in the target language is the default: left so, a change of language follows it.
            var automatic = ChannelMatching.For(i.TargetLanguage, Channels)?.Id == i.ChannelId;
            Input = new(i.Name, i.Email, i.SourceLanguage, i.TargetLanguage, automatic ? null : i.ChannelId);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await roster.AddAsync(ev.Id, Input, ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, null, ct), i => localizer["{0} added to the interpreters.", i.Name]);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        var result = ev is null ? null : await roster.UpdateAsync(ev.Id, id, Input, ct);
        return await this.AnswerAsync(result, localizer, () => ShowAsync(slug, id, ct), i => localizer["{0} saved.", i.Name]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return this.Removed(ev is not null && await roster.RemoveAsync(ev.Id, id, ct), localizer["Interpreter removed."]);
    }

    public async Task<IActionResult> OnPostSendNowAsync(string slug, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var (reached, errors) = await desk.SendNowAsync(ev, ct);
        this.Flash(errors.IsValid
            ? localizer["A fresh briefing is on its way to {0} interpreter(s).", reached]
            : localizer["@Rule.channels.The event has no interpreters to brief yet."]);
        return RedirectToPage(new { slug });
    }

    private async Task<bool> ShowAsync(string slug, int? edit, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return false;
        }
        Slug = ev.Slug;
        Interpreters = await roster.ListAsync(ev.Id, ct);
        Channels = await planner.ListAsync(ev.Id, ct);
        Status = await desk.StatusAsync(ev, ct);
        Editing = Interpreters.SingleOrDefault(i => i.Id == edit);
        return true;
    }
}
