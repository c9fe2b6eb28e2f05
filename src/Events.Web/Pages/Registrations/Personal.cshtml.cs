using Events.Core.Content;
using Events.Core.Links;
using Events.Web.Localization;
using Events.Web.Registrations;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Registrations;

/// <summary>The registrant's own page, reached only through the secret token in their email; its posts are rate-limited as the API's.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class PersonalModel(EventsDbContext db, Registrar registrar, RegistrationPreferences preferences, PersonalLinks links,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public Registration? Registration { get; private set; }
    public string EventTitle => Title?.Text ?? "";

    /// <summary>The event's title in the reader's language (or the original, marked).</summary>
    public LocalizedText? Title { get; private set; }

    /// <summary>Every session of the forum booking this registration belongs to (itself included); empty outside a booking.</summary>
    public IReadOnlyList<BookingSession> Sessions { get; private set; } = [];
    public string EventSlug { get; private set; } = "";

    /// <summary>The event's start and end in its own zone.</summary>
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public string TimeZone { get; private set; } = "";
    public IReadOnlyList<(int Id, string Label)> Channels { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) =>
        await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }
        await registrar.CancelAsync(Registration!.EventId, Registration.Id, ct);
        return RedirectToPage(new { token });
    }

    /// <summary>Cancels one session of the booking; the others stay as they are.</summary>
    public async Task<IActionResult> OnPostCancelSessionAsync(string token, int registrationId, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }
        if (Sessions.FirstOrDefault(s => s.Registration.Id == registrationId) is not { } session)
        {
            return NotFound();
        }
        await registrar.CancelAsync(session.Registration.EventId, registrationId, ct);
        return RedirectToPage(new { token });
    }

    public async Task<IActionResult> OnPostConfirmEmailAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }
        var outcome = await registrar.ConfirmEmailAsync(token, ct);
        if (outcome == EmailConfirmationOutcome.Expired)
        {
            Registration = null;
            return Page();
        }
        Message = outcome == EmailConfirmationOutcome.EventClosed ? "Registration is closed." : "Your email address is confirmed.";
        return RedirectToPage(new { token });
    }

    public async Task<IActionResult> OnPostPreferencesAsync(string token, string? language, int? channelId, CancellationToken ct)
    {
        var errors = await preferences.ChangeAsync(token, new PreferencesInput(language, channelId), ct);
        if (errors is null)
        {
            return NotFound();
        }
        if (errors.IsValid)
        {
            return RedirectToPage(new { token });
        }
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, RuleMessages.Localise(t, message));
            }
        }
        await LoadAsync(token, ct);
        return Page();
    }

    /// <summary>Everything kept about the registrant, as JSON (right of access).</summary>
    public async Task<IActionResult> OnGetExportAsync(string token, [FromServices] PersonalDataExport export, CancellationToken ct) =>
        await export.ForTokenAsync(token, ct) is { } document ? new JsonResult(document) : NotFound();

    /// <summary>The old link dies here; the new one goes by email only, so whoever holds a leaked link is shut out.</summary>
    public async Task<IActionResult> OnPostReplaceLinkAsync(string token, [FromServices] LinkReplacement replacement, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct) || !await replacement.ReplaceAsync(token, ct))
        {
            return NotFound();
        }
        this.Flash(t["We have emailed you a new personal link. The old one no longer works."]);
        return Redirect($"/events/{Uri.EscapeDataString(EventSlug)}");
    }

    public async Task<IActionResult> OnPostEraseAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }
        await registrar.EraseAsync(Registration!.Id, ct);
        return Redirect($"/events/{EventSlug}");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        Registration = await db.Registrations.AsNoTracking().WithToken(token).SingleOrDefaultAsync(ct);
        if (Registration is null)
        {
            return false;
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == Registration.EventId, ct);
        Title = ReaderLanguage.For(ev).Text(ev.Translations, nameof(Event.Title), ev.Title);
        (EventSlug, TimeZone) = (ev.Slug, ev.TimeZoneId);
        Sessions = Registration.BookingId is { } bookingId ? await BookingSession.ListAsync(db, bookingId, ct) : [];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ev.TimeZoneId);
        Start = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(ev.StartsAtUtc, DateTimeKind.Utc)), zone);
        End = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(ev.EndsAtUtc, DateTimeKind.Utc)), zone);
        Channels = (await db.Channels.AsNoTracking().Where(c => c.EventId == Registration.EventId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Label }).ToListAsync(ct)).Select(c => (c.Id, c.Label)).ToList();
        return true;
    }

    /// <summary>A registration's personal page (this one's, or another session's of the booking).</summary>
    public string LinkOf(Registration registration) => links.PathFor(registration);

    /// <summary>A wall time in the reader's language.</summary>
    public static string Format(DateTimeOffset value, string format) => value.DateTime.ToString(format, CultureInfo.CurrentCulture);

    public bool CanCancel => Registration?.Status is RegistrationStatus.Confirmed or RegistrationStatus.Pending
        or RegistrationStatus.WaitingList or RegistrationStatus.Unconfirmed;
}
