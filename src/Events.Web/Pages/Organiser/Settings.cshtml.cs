using Events.Core.Attendance;
using Events.Core.Briefing;
using Events.Core.Live;

namespace Events.Web.Pages.Organiser;

/// <summary>The live Q&amp;A settings and the hour around the event, each its own form, both through <see cref="EventSettings"/>.</summary>
public sealed class SettingsModel(EventSettings settings, IStringLocalizer<SharedResource> t,
    IOptions<AttendanceOptions> attendance, IOptions<BriefingOptions> briefing) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int DefaultThresholdMinutes => attendance.Value.ThresholdMinutes;
    public int DefaultBriefingHours => briefing.Value.HoursBefore;

    [BindProperty]
    public LiveSettingsForm Live { get; set; } = new();

    [BindProperty]
    public AroundTheHourForm Hour { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLiveAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await settings.SaveLiveAsync(slug, Live.ToInput(), ct);
        return await AfterAsync(slug, result, nameof(Live), ct);
    }

    public async Task<IActionResult> OnPostHourAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await settings.SaveAttendanceAndBriefingAsync(slug, Hour.ToInput(), ct);
        return await AfterAsync(slug, result, nameof(Hour), ct);
    }

    private async Task<IActionResult> AfterAsync(string slug, SettingsResult result, string form, CancellationToken ct)
    {
        switch (result.Outcome)
        {
            case SettingsOutcome.NotFound:
                return NotFound();
            case SettingsOutcome.Saved:
                this.Flash(t["Settings saved."]);
                return RedirectToPage(new { slug });
        }
        // Show the other form as stored and this one as sent, with the messages beside its fields.
        var sent = (Live, Hour);
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        (Live, Hour) = form == nameof(Live) ? (sent.Live, Hour) : (Live, sent.Hour);
        ModelState.AddLocalisedErrors(result.Errors, form, t);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var ev = await settings.FindAsync(slug, ct);
        if (ev is null)
        {
            return false;
        }
        (Slug, Title) = (ev.Slug, ev.Title);
        Live = new LiveSettingsForm
        {
            Moderation = ev.Moderation.ToString(),
            AllowFullyAnonymousQuestions = ev.AllowFullyAnonymousQuestions,
            OpenQuestions = ev.OpenQuestions,
        };
        Hour = new AroundTheHourForm
        {
            AttendanceThresholdMinutes = ev.AttendanceThresholdMinutes?.ToString(CultureInfo.InvariantCulture),
            BriefingHoursBefore = ev.BriefingHoursBefore?.ToString(CultureInfo.InvariantCulture),
        };
        return true;
    }
}

public sealed class LiveSettingsForm
{
    public string? Moderation { get; set; }
    public bool AllowFullyAnonymousQuestions { get; set; }
    public bool OpenQuestions { get; set; }

    /// <summary>An unknown moderation mode reaches the core rule (as an undefined value), which names it.</summary>
    public LiveSettingsInput ToInput() => new(
        Enum.TryParse<QuestionModeration>(Moderation, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : (QuestionModeration)(-1),
        AllowFullyAnonymousQuestions, OpenQuestions);
}

/// <summary>Text fields: empty means the configured default, and a word that is no number reaches the rules as out of range.</summary>
public sealed class AroundTheHourForm
{
    public string? AttendanceThresholdMinutes { get; set; }
    public string? BriefingHoursBefore { get; set; }

    public AttendanceAndBriefingSettings ToInput() => new(Parse(AttendanceThresholdMinutes), Parse(BriefingHoursBefore));

    private static int? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
