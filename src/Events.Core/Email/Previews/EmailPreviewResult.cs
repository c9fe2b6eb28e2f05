namespace Events.Core.Email.Previews;

public enum PreviewOutcome
{
    Ok,
    EventNotFound,

    /// <summary>No such kind: the caller names the field <c>kind</c>.</summary>
    UnknownKind,

    /// <summary>Not one of the event's languages: the field <c>lang</c>.</summary>
    UnknownLanguage,

    /// <summary>The kind exists but this event has nothing to show for it yet (no follow-up written, not in a forum).</summary>
    Unavailable,

    /// <summary>The test copy could not be delivered; <see cref="EmailPreviewResult.Error"/> says why.</summary>
    NotSent,
}

public sealed record EmailPreviewResult(PreviewOutcome Outcome, EmailPreview? Preview = null, string? Error = null)
{
    public static readonly EmailPreviewResult NotFound = new(PreviewOutcome.EventNotFound);
}

/// <summary>One cell of the preview grid: a kind in a language, and whether the event can show it yet.</summary>
public sealed record PreviewEntry(PreviewKind Kind, string Language, bool Available);

/// <summary>The grid: every kind the event can send, in each of its languages.</summary>
public sealed record PreviewCatalogue(string Slug, string Title, IReadOnlyList<string> Languages, IReadOnlyList<PreviewEntry> Entries);
