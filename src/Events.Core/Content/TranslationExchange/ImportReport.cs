namespace Events.Core.Content.TranslationExchange;

/// <summary>
/// What an import did: <see cref="Imported"/> texts set or changed, <see cref="Unchanged"/> ones that already read so,
/// <see cref="Untranslated"/> units the file left without a target (nothing is removed for them), and the skipped ones with why.
/// </summary>
public sealed record ImportReport(string Language, int Imported, int Unchanged, int Untranslated, IReadOnlyList<SkippedUnit> Skipped);

/// <summary>A unit not applied: its key, why, and a detail for the person (the current original when it changed).</summary>
public sealed record SkippedUnit(string Key, SkipReason Reason, string Detail);

/// <summary>An import's outcome: the event not found, the file refused (<see cref="Problem"/>, <see cref="Detail"/>), or the report.</summary>
public sealed record ImportResult(bool Found, ImportProblem? Problem, string Detail, ImportReport? Report)
{
    public static ImportResult NotFound { get; } = new(false, null, "", null);

    public static ImportResult Refused(ImportProblem problem, string detail = "") => new(true, problem, detail, null);

    public static ImportResult Done(ImportReport report) => new(true, null, "", report);
}
