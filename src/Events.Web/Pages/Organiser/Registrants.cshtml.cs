using Events.Web.Registrations;

namespace Events.Web.Pages.Organiser;

public sealed class RegistrantsModel(EventsDbContext db, Registrar registrar, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ChannelId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string Slug { get; private set; } = "";

    /// <summary>The filters as route values, so an action's form posts back to the same filtered list.</summary>
    public Dictionary<string, string> RouteFilters => new Dictionary<string, string?>
    {
        ["status"] = Status, ["language"] = Language, ["channelId"] = ChannelId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["q"] = Q,
    }.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!);
    public string Title { get; private set; } = "";
    public IReadOnlyList<Registration> Registrants { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Channels { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<(string Key, int Count)> ByStatus { get; private set; } = [];
    public IReadOnlyList<(string Key, int Count)> ByLanguage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Slug, e.Title }).SingleOrDefaultAsync(ct);
        if (ev is null)
        {
            return NotFound();
        }
        (Slug, Title) = (ev.Slug, ev.Title);
        Channels = await db.Channels.Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        var all = db.Registrations.AsNoTracking().Where(r => r.EventId == ev.Id);
        var counts = await all.GroupBy(r => new { r.Status, r.Language }).Select(g => new { g.Key.Status, g.Key.Language, Count = g.Count() }).ToListAsync(ct);
        ByStatus = counts.GroupBy(c => c.Status.ToString()).Select(g => (g.Key, g.Sum(c => c.Count))).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        ByLanguage = counts.GroupBy(c => c.Language).Select(g => (g.Key, g.Sum(c => c.Count))).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var (query, errors) = new RegistrantFilter { Status = Status, Language = Language, ChannelId = ChannelId, Search = Q }.Apply(all);
        foreach (var (field, messages) in errors ?? [])
        {
            ModelState.AddModelError(field == "q" ? nameof(Q) : nameof(Status), RuleMessages.Localise(t, messages[0]));
        }
        Registrants = errors is null ? await query.OrderBy(r => r.Id).ToListAsync(ct) : [];
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(string slug, int id, string? message, CancellationToken ct) =>
        ActAsync(slug, async eventId => await registrar.ApproveAsync(eventId, id, ct, message) switch
        {
            ApprovalOutcome.Done => "Approved.",
            ApprovalOutcome.MessageTooLong => "The message is too long.",
            _ => "Only pending registrations can be approved.",
        }, ct);

    public Task<IActionResult> OnPostDeclineAsync(string slug, int id, string? message, CancellationToken ct) =>
        ActAsync(slug, async eventId => await registrar.DeclineAsync(eventId, id, ct, message) switch
        {
            ApprovalOutcome.Done => "Declined.",
            ApprovalOutcome.MessageTooLong => "The message is too long.",
            _ => "Only pending registrations can be declined.",
        }, ct);

    public Task<IActionResult> OnPostMoveAsync(string slug, int id, CancellationToken ct) =>
        ActAsync(slug, async eventId => await registrar.MoveFromWaitingListAsync(eventId, id, ct) switch
        {
            MoveOutcome.Done => "Moved from the waiting list: the place is confirmed.",
            MoveOutcome.Full => "No place is free: raise the capacity or cancel a registration first.",
            _ => "Only a registrant on the waiting list can be moved.",
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(string slug, int id, CancellationToken ct) =>
        ActAsync(slug, async eventId => await registrar.CancelAsync(eventId, id, ct) ? "Cancelled." : "No such registration.", ct);

    /// <summary>Runs one action, then goes back to the list with the same filters.</summary>
    private async Task<IActionResult> ActAsync(string slug, Func<int, Task<string>> action, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return NotFound();
        }
        Message = await action(eventId.Value);
        return RedirectToPage(new { slug, Status, Language, ChannelId, Q });
    }
}
