using Events.Core.Content;
using Events.Core.Content.TranslationExchange;

namespace Events.Web.TranslationTools;

public sealed record MissingTextDto(string Key, string Part, string Field, int? Line, string Original, string Description, string EditUrl);

public sealed record LanguageStatusDto(string Language, int Total, int Translated, int Percent, IReadOnlyList<MissingTextDto> Missing);

public sealed record TranslationStatusDto(string OriginalLanguage, IReadOnlyList<LanguageStatusDto> Languages);

public sealed record SkippedUnitDto(string Key, string Reason, string Message, string Detail);

public sealed record ImportReportDto(string Language, int Imported, int Unchanged, int Untranslated, IReadOnlyList<SkippedUnitDto> Skipped);

public static class TranslationEndpoints
{
    public static void MapTranslations(this RouteGroupBuilder organiserEvent)
    {
        var group = organiserEvent.MapGroup("/translations").WithTags("Organiser: translations");
        group.MapGet("/", Status);
        // ?lang= is also the site's language switch, so the notes in the file come in the translator's language.
        group.MapGet("/export", Export);
        // The sign-in cookie is SameSite=Lax, so no other site's form can post here with it; API clients send no antiforgery token.
        group.MapPost("/import", Import).DisableAntiforgery();
    }

    public static TranslationStatusDto ToDto(this TranslationStatus status, TranslationTexts texts) => new(
        status.Event.OriginalLanguage,
        status.Languages.Select(l => new LanguageStatusDto(l.Language, l.Total, l.Translated, l.Percent, l.Missing.Select(u =>
        {
            var place = status.PlaceOf(u);
            return new MissingTextDto(u.Key, u.Part, u.Field, TranslationTexts.Line(u), u.Original, texts.Describe(place, u), texts.EditUrl(place));
        }).ToList())).ToList());

    public static ImportReportDto ToDto(this ImportReport report, TranslationTexts texts) => new(
        report.Language, report.Imported, report.Unchanged, report.Untranslated,
        report.Skipped.Select(s => new SkippedUnitDto(s.Key, s.Reason.ToString(), texts.Skip(s), s.Detail)).ToList());

    private static async Task<Results<Ok<TranslationStatusDto>, NotFound>> Status(
        string slug, TranslationDesk desk, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        await desk.StatusAsync(slug, ct) is { } status
            ? TypedResults.Ok(status.ToDto(new TranslationTexts(localizer, status.Event.Slug)))
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Export(
        string slug, string? lang, string? format, TranslationDesk desk, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (format is not (null or "" or "xliff"))
        {
            return Invalid("format", localizer["@Translations.Api.Format"]);
        }
        var texts = new TranslationTexts(localizer, slug);
        var export = await desk.ExportAsync(slug, lang ?? "", texts.Describe, ct);
        return export switch
        {
            null => TypedResults.NotFound(),
            { Offered: false } => Invalid("lang", localizer["@Translations.Api.Language"]),
            _ => TypedResults.File(export.Content, TranslationExport.ContentType, export.FileName),
        };
    }

    private static async Task<Results<Ok<ImportReportDto>, NotFound, ValidationProblem>> Import(
        string slug, HttpRequest request, TranslationDesk desk, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        await using var stream = file?.OpenReadStream();
        var result = await desk.ImportAsync(slug, stream, file?.Length ?? 0, ct);
        var texts = new TranslationTexts(localizer, slug);
        return result switch
        {
            { Found: false } => TypedResults.NotFound(),
            { Problem: { } problem } => Invalid("file", texts.Problem(problem, result.Detail), problem.ToString()),
            _ => TypedResults.Ok(result.Report!.ToDto(texts)),
        };
    }

    private static ValidationProblem Invalid(string field, string message, string? problem = null) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: message,
            extensions: problem is null ? null : new Dictionary<string, object?> { ["problem"] = problem });
}
