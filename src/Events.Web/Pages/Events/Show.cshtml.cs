using Events.Core.Content;
using Events.Web.Live;
using Events.Web.Public;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Events;

/// <summary>The public page with its registration form; the form posts under the same rate limit as the API.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class ShowModel(EventsDbContext db, Registrar registrar, LiveAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The attendee's shape with every text in the reader's language (see <see cref="Text"/> for the marks).</summary>
    public EventDto? Event { get; private set; }

    /// <summary>Each text in the reader's language with its language and whether the original stands in.</summary>
    public EventContent Text { get; private set; } = null!;

    [BindProperty]
    public RegistrationForm Form { get; set; } = new();
    private Dictionary<int, IReadOnlyList<LocalizedText?>> topics = [];

    public bool Registered { get; private set; }
    public bool RegistrationOpen { get; private set; }

    /// <summary>Staff looking at an event that is not public yet: shown with a banner and no working form.</summary>
    public bool Preview { get; private set; }

    /// <summary>A registration was just posted: its answer takes the focus.</summary>
    public bool Posted { get; private set; }
    public bool RequiresApproval { get; private set; }
    public RegistrationAvailability? Availability { get; private set; }
    public IReadOnlyList<RegistrationQuestion> Questions { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await LoadAsync(slug, ct);
        if (ev is null || (!ev.IsPublic && !await access.IsStaffForAsync(User, ev.Id, ct)))
        {
            return NotFound();
        }
        Preview = !ev.IsPublic;
        await ShowAsync(ev, ct);
        return Page();
    }

    /// <summary>Same visible answer for new, repeated and honeypot registrations, as in the API (the Registrar decides).</summary>
    public async Task<IActionResult> OnPostRegisterAsync(string slug, CancellationToken ct)
    {
        var ev = await LoadAsync(slug, ct);
        if (ev is null || !ev.IsPublic)
        {
            return NotFound();
        }
        var outcome = await registrar.RegisterAsync(ev, Form.ToInput(), ct);
        await ShowAsync(ev, ct);
        Posted = true;
        Errors = outcome.Errors.ToDictionary();
        Registered = outcome.Result is RegisterResult.Registered or RegisterResult.AlreadyRegistered or RegisterResult.Ignored;
        RegistrationOpen = RegistrationOpen && outcome.Result != RegisterResult.Closed;
        return Page();
    }

    private async Task ShowAsync(Event ev, CancellationToken ct)
    {
        Text = EventContent.ForReader(ev);
        Event = ev.Localized(Text);
        // A topic that only repeats its item's title (as written) is not shown, whatever the language.
        topics = ev.AgendaItems.ToDictionary(a => a.Id, a => (IReadOnlyList<LocalizedText?>)a.People.OrderBy(p => p.Role).ThenBy(p => p.Id)
            .Zip(Text.Topics(a), (p, topic) => string.IsNullOrEmpty(p.Topic) || p.Topic == a.Title ? null : topic).ToList());
        RegistrationOpen = ev.IsOpenForRegistration(clock.GetUtcNow().UtcDateTime);
        RequiresApproval = ev.RequiresApproval;
        Availability = await RegistrationAvailability.ForAsync(db, ev, ct);
        Questions = ev.Questions.OrderBy(q => q.Position).ThenBy(q => q.Id).ToList();
    }

    private Task<Event?> LoadAsync(string slug, CancellationToken ct) =>
        db.Events.AsNoTracking().AsSplitQuery().Include(e => e.Questions).FindFullAsync(slug, ct);

    /// <summary>A person's topic in this item: the DTO's people are in the order <see cref="EventContent.Topics"/> reads them.</summary>
    public LocalizedText? Topic(AgendaItemDto item, AgendaPersonDto person) =>
        topics[item.Id][item.People.Select((p, i) => (p, i)).First(x => ReferenceEquals(x.p, person)).i];

    public static string Utc(TimeSpan offset) => "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Formats the event-local wall time in the reader's language.</summary>
    public string Format(DateTimeOffset value, string format) => value.DateTime.ToString(format, CultureInfo.CurrentCulture);
}
