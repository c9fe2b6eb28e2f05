using Events.Core.Content;
using Events.Core.Teams;

namespace Events.Web.Pages.Live;

/// <summary>
/// The caption console: <see cref="StaffOnlyAttribute"/> lets staff accounts in, this checks the caller captions this
/// event (a captioner, or a moderator or above). Lines are sent over the hub (<c>SendCaption</c>).
/// </summary>
[StaffOnly]
public sealed class CaptionsModel(EventsDbContext db, TeamAccess teams) : PageModel
{
    public int EventId { get; private set; }
    public string EventSlug { get; private set; } = "";
    public LocalizedText EventTitle { get; private set; } = new("", "en", false);
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public bool IsModerator { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return NotFound();
        }
        if (!await teams.MayActOnEventAsync(User, ev.Id, TeamRole.Captioner, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        EventId = ev.Id;
        EventSlug = ev.Slug;
        EventTitle = Localization.ReaderLanguage.For(ev).Text(ev.Translations, nameof(Event.Title), ev.Title);
        Languages = ev.Languages;
        IsModerator = await teams.MayActOnEventAsync(User, ev.Id, TeamRole.Moderator, ct);
        return Page();
    }

    /// <summary>A language's own name for itself ("Français"), as a reader looks for it.</summary>
    public static string LanguageName(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return name.Length == 0 ? code : char.ToUpper(name[0], CultureInfo.GetCultureInfo(code)) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
