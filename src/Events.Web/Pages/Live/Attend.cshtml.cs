using System.ComponentModel.DataAnnotations;
using Events.Web.Live;
using Events.Web.Public;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Live;

/// <summary>The attendee's live page: a server-drawn shell that attend.js keeps up to date over the hub.</summary>
[EnableRateLimiting(RateLimits.GuestJoin)]
public sealed class AttendModel(EventsDbContext db, LiveAccess access) : PageModel
{
    public static readonly IReadOnlyList<(string Code, string Name)> Languages = [("en", "English"), ("fr", "Français"), ("es", "Español")];

    public EventDto Event { get; private set; } = null!;

    /// <summary>The event's texts in the reader's language, marked where the original stands in.</summary>
    public EventContent Text { get; private set; } = null!;
    public int EventId { get; private set; }
    public bool Admitted { get; private set; }
    public bool OpenQuestions { get; private set; }
    public bool AllowFullyAnonymous { get; private set; }
    public int? ChannelId { get; private set; }

    /// <summary>The text-only room (<c>?text=1</c>): no player, no images, one small stylesheet, for slow links.</summary>
    public bool TextOnly => Request.Query["text"] == "1";

    [BindProperty]
    public GuestForm Guest { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        var who = await access.ResolveAsync(await LiveVisitor.WithLiveCookieAsync(HttpContext), EventId, ct);
        Admitted = who is not null;
        if (who?.RegistrationId is { } registrationId)
        {
            ChannelId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => r.ChannelId).SingleOrDefaultAsync(ct);
        }
        ChannelId ??= Event.Channels.Count > 0 ? Event.Channels[0].Id : null;
        Guest.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Page();
    }

    public async Task<IActionResult> OnPostGuestAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null || !ev.IsPublic || !ev.OpenQuestions)
        {
            return NotFound();
        }
        var name = Guest.Name?.Trim() ?? "";
        if (!ModelState.IsValid || name.Length == 0 || Languages.All(l => l.Code != Guest.Language))
        {
            ModelState.AddModelError("Guest.Name", "Please enter a display name (up to 60 characters).");
            await LoadAsync(slug, ct);
            return Page();
        }
        await LiveSignIn.GuestAsync(HttpContext, ev, name, Guest.Language!);
        return RedirectToPage(new { slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FindFullAsync(slug, ct);
        if (ev is null || !ev.IsPublic)
        {
            return false;
        }
        Text = EventContent.ForReader(ev);
        Event = ev.Localized(Text);
        EventId = ev.Id;
        OpenQuestions = ev.OpenQuestions;
        AllowFullyAnonymous = ev.AllowFullyAnonymousQuestions;
        return true;
    }

    public string Time(DateTimeOffset value) => value.DateTime.ToString("t", CultureInfo.CurrentCulture);

    public sealed class GuestForm
    {
        [StringLength(60)]
        public string? Name { get; set; }

        public string? Language { get; set; }
    }
}
