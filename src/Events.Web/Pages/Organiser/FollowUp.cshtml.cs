using Events.Core.FollowUps;
using Events.Core.Polls;
using Events.Web.Registrations;

namespace Events.Web.Pages.Organiser;

public sealed record FollowUpPreview(string Language, FollowUpVariant Variant, RenderedEmail Email);

/// <summary>The organiser's follow-up page: the same <see cref="FollowUpPlanner"/> as the API.</summary>
public sealed class FollowUpModel(EventsDbContext db, FollowUpPlanner planner, IOptions<FollowUpOptions> options, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public FollowUpForm Form { get; set; } = new();

    [BindProperty]
    public int? MinutesAfterEnd { get; set; }

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public IReadOnlyList<FollowUpPreview> Previews { get; private set; } = [];
    public FollowUpProgress Progress { get; private set; } = new(0, 0, 0, 0);
    public DateTime? ScheduledForUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public bool HasDraft { get; private set; }
    public bool HasEnded { get; private set; }

    /// <summary>The polls the follow-up will carry, with their questions in the page's language.</summary>
    public IReadOnlyList<PollFigures> Polls { get; private set; } = [];

    /// <summary>Languages the captions have lines in: the transcripts that can be attached.</summary>
    public IReadOnlyList<string> CaptionLanguages { get; private set; } = [];

    /// <summary>The confirmed registrants a send would reach now.</summary>
    public int Reach { get; private set; }

    /// <summary>Why the last schedule or send was refused, in the page's language.</summary>
    public string? Refusal { get; private set; }

    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages.Select(m => RuleMessages.Localise(t, m))) : null;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var draft = await LoadDraftAsync(ev.Id, ct);
        Form = FollowUpForm.From(draft);
        MinutesAfterEnd = draft?.SendAfterEndMinutes ?? options.Value.DefaultMinutesAfterEnd;
        return await ShowAsync(ev, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var errors = await planner.SaveDraftAsync(ev, Form.ToInput(), ct);
        if (!errors.IsValid)
        {
            Errors = errors.ToDictionary();
            return await ShowAsync(ev, ct);
        }
        this.Flash(t["Follow-up saved."]);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostScheduleAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        // A blank field is refused here rather than taken as the default: the person meant to give a number.
        var outcome = MinutesAfterEnd is null
            ? new FollowUpOutcome(FollowUpResult.TooLate, ev.EndsAtUtc)
            : await planner.ScheduleAsync(ev, MinutesAfterEnd, ct);
        if (outcome.Result != FollowUpResult.Done)
        {
            return await RefuseAsync(ev, outcome, nameof(MinutesAfterEnd), ct);
        }
        this.Flash(t["Scheduled for {0} UTC.", outcome.SendsAtUtc!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostUnscheduleAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        await planner.UnscheduleAsync(ev, ct);
        this.Flash(t["No longer scheduled."]);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostSendNowAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        var outcome = await planner.SendNowAsync(ev, ct);
        if (outcome.Result != FollowUpResult.Done)
        {
            return await RefuseAsync(ev, outcome, "SendNow", ct);
        }
        this.Flash(t["Sending now to every confirmed registrant who has not had it yet."]);
        return RedirectToPage(new { slug });
    }

    /// <summary>Shows the page again with the reason next to the action that was refused.</summary>
    private async Task<IActionResult> RefuseAsync(Event ev, FollowUpOutcome outcome, string field, CancellationToken ct)
    {
        var ends = outcome.EndsAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Refusal = outcome.Result switch
        {
            FollowUpResult.NotEnded => t["The event has not ended yet: the follow-up can go after its end ({0} UTC).", ends],
            FollowUpResult.BeforeTheEnd => t["The follow-up cannot be scheduled before the event has ended: give 0 or more minutes after the end."],
            FollowUpResult.TooLate => t["Give minutes between 0 and {0} (60 days).", FollowUpPlanner.MaxMinutesAfterEnd],
            FollowUpResult.NotPublished => t["Only a published event can send its follow-up."],
            _ => t["Save the follow-up draft first."],
        };
        ModelState.AddModelError(field, Refusal);
        var draft = await LoadDraftAsync(ev.Id, ct);
        Form = FollowUpForm.From(draft);
        MinutesAfterEnd ??= draft?.SendAfterEndMinutes ?? options.Value.DefaultMinutesAfterEnd;
        return await ShowAsync(ev, ct);
    }

    private Task<FollowUpDraft?> LoadDraftAsync(int eventId, CancellationToken ct) =>
        db.FollowUps.AsNoTracking().Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == eventId, ct);

    private async Task<PageResult> ShowAsync(Event ev, CancellationToken ct)
    {
        (Slug, Title, EndsAtUtc) = (ev.Slug, ev.Title, DateTime.SpecifyKind(ev.EndsAtUtc, DateTimeKind.Utc));
        HasEnded = FollowUpPlanner.HasEnded(ev, clock.GetUtcNow().UtcDateTime);
        Reach = await planner.ReachAsync(ev.Id, ct);
        Progress = await FollowUpProgress.ForEventAsync(db, ev.Id, ct);
        var content = await FollowUpContent.LoadAsync(db, ev.Id, ct);
        HasDraft = content is not null;
        Polls = (await PollFigures.PollsAsync(db, ev.Id, followUpOnly: true, ct)).Select(p => PollFigures.Of(p, Localization.ReaderLanguage.For(ev))).ToList();
        CaptionLanguages = await db.CaptionLines.Where(c => c.EventId == ev.Id).Select(c => c.Language).Distinct().OrderBy(l => l).ToListAsync(ct);
        if (content is not null)
        {
            ScheduledForUtc = content.Draft.SendAfterEndMinutes is null ? null : FollowUpScheduler.SendsAtUtc(ev, content.Draft);
            Previews = RegistrationRules.Languages
                .SelectMany(l => Enum.GetValues<FollowUpVariant>().Select(v => new FollowUpPreview(l, v,
                    FollowUpComposer.Render(content, l, v, FollowUp.FollowUpEndpoints.PreviewName))))
                .ToList();
        }
        return Page();
    }
}
