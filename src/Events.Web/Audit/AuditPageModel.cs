using Events.Core.Audit;
using Events.Web.Registrations;

namespace Events.Web.Audit;

/// <summary>
/// The three audit pages (an event's, a forum's, the site's): filters read by <see cref="AuditQuery.Parse"/> as the
/// API reads them, errors in the page's language, times in <see cref="Zone"/>.
/// </summary>
public abstract class AuditPageModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    protected IStringLocalizer<SharedResource> Texts { get; } = t;

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    public string Heading { get; protected set; } = "";
    public string? BackHref { get; protected set; }
    public string? BackLabel { get; protected set; }
    public TimeZoneInfo Zone { get; protected set; } = TimeZoneInfo.Utc;
    public AuditLogPage Log { get; private set; } = new([], 1, 0);

    public static IReadOnlyList<AuditAction> Actions { get; } = Enum.GetValues<AuditAction>();

    /// <summary>Reads one page; <paramref name="page"/> comes from the query only (Razor Pages keeps "page" for the route).</summary>
    protected async Task LoadAsync(string? page, Func<AuditQuery, Task<AuditLogPage>> read)
    {
        var (query, errors) = AuditQuery.Parse(ActionFilter, From, To, page);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            ModelState.AddModelError(field, RuleMessages.Localise(Texts, messages[0]));
        }
        if (errors.IsValid)
        {
            Log = await read(query);
        }
    }

    public string Local(DateTime utc) => EventTime.ToLocal(utc, Zone).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public string ZoneName => Zone == TimeZoneInfo.Utc ? "UTC" : Zone.Id;

    /// <summary>The actor as a reader knows it: the app itself and people not signed in (attendees) in words.</summary>
    public string ActorText(AuditEntry entry) => entry.ActorId is not null ? entry.Actor : entry.Actor switch
    {
        "system" => Texts["@Audit.System"],
        "anonymous" => Texts["@Audit.Anonymous"],
        _ => entry.Actor,
    };

    public string? ErrorFor(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The same filters on another page of results.</summary>
    public string PageHref(int page)
    {
        var query = new Dictionary<string, string?> { ["action"] = ActionFilter, ["from"] = From, ["to"] = To, ["page"] = page.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value));
        return Request.Path + QueryString.Create(query);
    }
}
