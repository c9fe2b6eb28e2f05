using Events.Core.Retention;

namespace Events.Web.Pages.Organiser;

/// <summary>When the event's personal data goes, its period, and "erase now": through the same core as the API.</summary>
public sealed class PrivacyModel(RetentionPeriod period, PersonalDataEraser eraser, IStringLocalizer<SharedResource> t) : PageModel
{
    public RetentionStatus Status { get; private set; } = null!;

    [BindProperty]
    public PeriodForm Period { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPeriodAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await period.SaveAsync(slug, Period.Days(), ct);
        if (result.Outcome == RetentionOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == RetentionOutcome.Saved)
        {
            this.Flash(t["Retention period saved."]);
            return RedirectToPage(new { slug });
        }
        Status = result.Status!;
        ModelState.AddModelError($"{nameof(Period)}.{nameof(PeriodForm.Value)}",
            t["Enter a number of days between {0} and {1}, or leave it empty.", Status.MinDays, Status.MaxDays]);
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(string slug, CancellationToken ct)
    {
        var result = await eraser.EraseAsync(slug, ct);
        switch (result.Outcome)
        {
            case RetentionOutcome.NotFound:
                return NotFound();
            case RetentionOutcome.NotEnded:
                ModelState.AddModelError("", t["The personal data can be erased once the event has ended."]);
                return await LoadAsync(slug, ct) ? Page() : NotFound();
        }
        this.Flash(t["The event’s personal data has been erased."]);
        return RedirectToPage(new { slug });
    }

    /// <summary>A date in the event's own time zone, in the page's language.</summary>
    public string Date(DateTime utc) =>
        EventTime.ToLocal(utc, TimeZoneInfo.FindSystemTimeZoneById(Status.TimeZoneId)).ToString("D", CultureInfo.CurrentCulture);

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await period.FindAsync(slug, ct) is not { } status)
        {
            return false;
        }
        Status = status;
        Period = new PeriodForm { Value = status.PersonalDataRetentionDays?.ToString(CultureInfo.InvariantCulture) };
        return true;
    }
}

/// <summary>Empty means the site's default; a word that is no number reaches the rule as out of range.</summary>
public sealed class PeriodForm
{
    public string? Value { get; set; }

    public int? Days() =>
        string.IsNullOrWhiteSpace(Value) ? null
        : int.TryParse(Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
