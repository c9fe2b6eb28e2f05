namespace Events.Core.Forums;

/// <summary>
/// A forum as the administrator writes it. <see cref="EventSlugs"/> is the whole set of its events (null leaves them as they are);
/// <see cref="Translations"/> holds the title and summary in the other languages (<c>{"fr": {"Title": "…"}}</c>);
/// <see cref="ReplyToAddress"/> where replies to its events' emails go (null leaves it as it is, empty removes it).
/// </summary>
public sealed record ForumInput(
    string? Slug,
    string? Title,
    string? Summary,
    string? OriginalLanguage,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<string>? EventSlugs = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null,
    string? ReplyToAddress = null);
