using Events.Core.Content;
using Events.Core.Forums;
using Events.Web.Localization;
using Events.Web.Registrations;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Forums;

/// <summary>A forum's public page: its sessions by date, a language filter, and one form to register for several sessions.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class ShowModel(ForumQueries queries, Booker booker, IOptions<ContentOptions> content, IStringLocalizer<SharedResource> t) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public LocalizedText Title { get; private set; } = null!;
    public LocalizedText Summary { get; private set; } = null!;
    public IReadOnlyList<ForumSession> Sessions { get; private set; } = [];
    public IReadOnlyList<string> Languages => content.Value.Languages;

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty]
    public BookingForm Form { get; set; } = new();

    /// <summary>After a post: what became of each session ticked (empty for the honeypot, which is thanked all the same).</summary>
    public IReadOnlyList<BookedSession>? Booked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        var outcome = await booker.BookAsync(Forum, Form.ToInput(), ct);
        if (outcome.Result == BookingResult.Invalid)
        {
            foreach (var (field, messages) in outcome.Errors.ToDictionary())
            {
                ModelState.AddModelError("Form." + char.ToUpperInvariant(field[0]) + field[1..], RuleMessages.Localise(t, messages[0]));
            }
            return Page();
        }
        Booked = outcome.Sessions;
        // The places just taken show at once.
        Sessions = await queries.SessionsAsync(Forum.Id, Language, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await queries.FindAsync(slug, ct) is not { } forum)
        {
            return false;
        }
        Forum = forum;
        var reader = new ContentReader(forum.OriginalLanguage, ReaderLanguage.Current);
        Title = reader.Text(forum.Translations, nameof(Forum.Title), forum.Title);
        Summary = reader.Text(forum.Translations, nameof(Forum.Summary), forum.Summary);
        Language = Languages.Contains(Language ?? "") ? Language : null;
        Sessions = await queries.SessionsAsync(forum.Id, Language, ct);
        return true;
    }

    public static LocalizedText EventTitle(Event ev) => ReaderLanguage.For(ev).Text(ev.Translations, nameof(Event.Title), ev.Title);

    /// <summary>The event's wall time in its own zone, in the reader's language.</summary>
    public static DateTime Local(DateTime utc, Event ev) => EventTime.ToLocal(utc, ev.TimeZone);
}
