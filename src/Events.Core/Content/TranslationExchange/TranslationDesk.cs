using System.Text;

namespace Events.Core.Content.TranslationExchange;

/// <summary>
/// The translators' use cases on one event, for the page and the API alike: how complete each language is, the texts
/// for one language as an XLIFF 2.0 file, and applying a translated file back to the right entities.
/// </summary>
public sealed class TranslationDesk(EventsDbContext db)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The event with everything <see cref="EventTexts"/> walks, tracked so an import can change it in place.</summary>
    public async Task<Event?> LoadAsync(string slugOrId, CancellationToken ct)
    {
        var events = db.Events
            .Include(e => e.AgendaItems).ThenInclude(a => a.People).ThenInclude(p => p.Speaker)
            .Include(e => e.Speakers)
            .Include(e => e.Channels)
            .Include(e => e.Readings)
            .Include(e => e.Questions)
            .Include(e => e.Polls).ThenInclude(p => p.Choices)
            .AsSplitQuery();
        return await events.FindBySlugOrIdAsync(slugOrId, ct);
    }

    public async Task<TranslationStatus?> StatusAsync(string slugOrId, CancellationToken ct) =>
        await LoadAsync(slugOrId, ct) is { } evt ? TranslationStatus.For(evt) : null;

    /// <summary>The file for <paramref name="language"/>; null when the event is not found, <see cref="TranslationExport.Offered"/> false when the language is not one to translate into.</summary>
    public async Task<TranslationExport?> ExportAsync(string slugOrId, string language, Func<TextPlace, TextUnit, string> describe, CancellationToken ct)
    {
        var evt = await LoadAsync(slugOrId, ct);
        if (evt is null)
        {
            return null;
        }
        if (!TranslationStatus.TargetLanguages(evt).Contains(language, StringComparer.Ordinal))
        {
            return new TranslationExport(false, "", []);
        }
        var places = TextPlace.For(evt);
        var doc = XliffDocument.Write(evt, language, EventTexts.Units(evt), unit => describe(TextPlace.Of(places, unit), unit));
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            await doc.SaveAsync(writer, System.Xml.Linq.SaveOptions.None, ct);
        }
        return new TranslationExport(true, $"{evt.Slug}.{language}.xlf", stream.ToArray());
    }

    /// <summary>
    /// Applies a translated file's targets. A unit whose original changed since the export is skipped, not applied:
    /// its translation says what the text no longer says, and the attendee is better served by the current original.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string slugOrId, Stream? file, long length, CancellationToken ct)
    {
        var evt = await LoadAsync(slugOrId, ct);
        if (evt is null)
        {
            return ImportResult.NotFound;
        }
        if (file is null || length == 0)
        {
            return ImportResult.Refused(ImportProblem.NoFile);
        }
        if (length > MaxFileBytes)
        {
            return ImportResult.Refused(ImportProblem.TooLarge, (MaxFileBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture));
        }
        var parsed = XliffDocument.Read(file);
        if (parsed.Problem is { } problem)
        {
            return ImportResult.Refused(problem, parsed.Detail);
        }
        var refusal = Check(evt, parsed);
        if (refusal is not null)
        {
            return refusal;
        }
        var report = Apply(evt, parsed.TargetLanguage, parsed.Files.Single(f => f.Id == XliffDocument.FileId(evt)).Units);
        await db.SaveChangesAsync(ct);
        return ImportResult.Done(report);
    }

    private static ImportResult? Check(Event evt, XliffParse parsed)
    {
        if (parsed.SourceLanguage.Length > 0 && parsed.SourceLanguage != evt.OriginalLanguage)
        {
            return ImportResult.Refused(ImportProblem.WrongSourceLanguage, parsed.SourceLanguage);
        }
        if (!TranslationStatus.TargetLanguages(evt).Contains(parsed.TargetLanguage, StringComparer.Ordinal))
        {
            return ImportResult.Refused(ImportProblem.LanguageNotOffered, parsed.TargetLanguage);
        }
        if (parsed.Files.All(f => f.Id != XliffDocument.FileId(evt)))
        {
            return ImportResult.Refused(ImportProblem.WrongEvent, string.Join(", ", parsed.Files.Select(f => f.Id)));
        }
        return null;
    }

    private static ImportReport Apply(Event evt, string language, IReadOnlyList<XliffUnit> units)
    {
        var byKey = EventTexts.Units(evt).ToDictionary(u => u.Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<SkippedUnit>();
        int imported = 0, unchanged = 0, untranslated = 0;
        foreach (var xliffUnit in units)
        {
            var key = xliffUnit.Name is { } name && byKey.ContainsKey(name) ? name : XliffDocument.KeyOf(xliffUnit.Id);
            if (!byKey.TryGetValue(key, out var unit))
            {
                skipped.Add(new(key, SkipReason.UnknownUnit, xliffUnit.Source));
            }
            else if (!seen.Add(key))
            {
                skipped.Add(new(key, SkipReason.Duplicate, ""));
            }
            else if (string.IsNullOrWhiteSpace(xliffUnit.Target))
            {
                untranslated++;
            }
            else if (XliffDocument.Normalise(xliffUnit.Source) != XliffDocument.Normalise(unit.Original))
            {
                skipped.Add(new(key, SkipReason.SourceChanged, unit.Original));
            }
            else if (unit.In(language) == xliffUnit.Target.Trim())
            {
                unchanged++;
            }
            else
            {
                unit.Translations.Set(language, unit.TranslationField, xliffUnit.Target);
                imported++;
            }
        }
        return new ImportReport(language, imported, unchanged, untranslated, skipped);
    }
}
