using Events.Core.Content;
using Events.Core.Content.TranslationExchange;
using Events.Web.TranslationTools;

namespace Events.Web.Pages.Organiser;

public sealed class TranslationsModel(TranslationDesk desk, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int ExcerptLength = 140;
    private Dictionary<string, TextUnit> _units = [];

    public TranslationStatus Status { get; private set; } = null!;
    public TranslationTexts Texts { get; private set; } = null!;
    public string Slug => Status.Event.Slug;

    /// <summary>What the import just posted did; null on a plain visit or when the file was refused.</summary>
    public ImportReport? Report { get; private set; }

    public string? FileError =>
        ModelState.TryGetValue("file", out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await ShowAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(string slug, IFormFile? file, CancellationToken ct)
    {
        ModelState.Clear();
        ImportResult result;
        await using (var stream = file?.OpenReadStream())
        {
            result = await desk.ImportAsync(slug, stream, file?.Length ?? 0, ct);
        }
        if (!result.Found || !await ShowAsync(slug, ct))
        {
            return NotFound();
        }
        if (result.Problem is { } problem)
        {
            ModelState.AddModelError("file", Texts.Problem(problem, result.Detail));
        }
        Report = result.Report;
        return Page();
    }

    public string Describe(TextUnit unit) => Texts.Describe(Status.PlaceOf(unit), unit);

    public string EditUrl(TextUnit unit) => Texts.EditUrl(Status.PlaceOf(unit));

    /// <summary>A skipped unit as the organiser knows it, or its key when the event has no such text.</summary>
    public string Describe(string key) => _units.TryGetValue(key, out var unit) ? Describe(unit) : key;

    public static string Excerpt(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= ExcerptLength ? oneLine : oneLine[..ExcerptLength].TrimEnd() + "…";
    }

    private async Task<bool> ShowAsync(string slug, CancellationToken ct)
    {
        if (await desk.StatusAsync(slug, ct) is not { } status)
        {
            return false;
        }
        Status = status;
        Texts = new TranslationTexts(localizer, status.Event.Slug);
        _units = EventTexts.Units(status.Event).ToDictionary(u => u.Key, StringComparer.Ordinal);
        return true;
    }
}
