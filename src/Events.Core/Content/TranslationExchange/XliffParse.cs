namespace Events.Core.Content.TranslationExchange;

/// <summary>What a translator's XLIFF file says, or why it could not be read.</summary>
public sealed record XliffParse(ImportProblem? Problem, string Detail, string SourceLanguage, string TargetLanguage, IReadOnlyList<XliffFile> Files)
{
    public static XliffParse Failed(ImportProblem problem, string detail = "") => new(problem, detail, "", "", []);
}

/// <summary>One <c>&lt;file&gt;</c>: the event it was exported from and its units.</summary>
public sealed record XliffFile(string Id, IReadOnlyList<XliffUnit> Units);

/// <summary>One <c>&lt;unit&gt;</c>: its id and name, the source it was translated from and the target (null when left untranslated).</summary>
public sealed record XliffUnit(string Id, string? Name, string Source, string? Target);
