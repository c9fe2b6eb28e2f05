using Events.Core.Content;
using Events.Core.Forums;
using Events.Web.Localization;

namespace Events.Web.Forums;

/// <summary>A forum in one reader's language; <see cref="Language"/> is the language the texts are in, <see cref="Languages"/> those it has.</summary>
public sealed record ForumDto(
    string Slug, string Title, string Summary, string Language, IReadOnlyList<string> Languages, DateOnly StartsOn, DateOnly EndsOn,
    IReadOnlyList<ForumEventDto>? Events = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null,
    string? ReplyToAddress = null);

/// <summary>
/// One event of a forum: <see cref="Status"/> open, waitingList or closed; <see cref="Places"/> "available" or "few" while
/// open with a limit (a level, not a count: see <see cref="PlacesAvailability"/>), else null.
/// </summary>
public sealed record ForumEventDto(
    string Slug, string Title, string Language, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone,
    IReadOnlyList<string> Languages, string? Places, string Status);

public static class ForumDtoMapping
{
    public static ForumDto ToDto(this Forum forum, string language, IReadOnlyList<ForumSession>? sessions = null, bool withTranslations = false)
    {
        var reader = new ContentReader(forum.OriginalLanguage, language);
        var title = reader.Text(forum.Translations, nameof(Forum.Title), forum.Title);
        var summary = reader.Text(forum.Translations, nameof(Forum.Summary), forum.Summary);
        var languages = new[] { forum.OriginalLanguage }.Concat(forum.Translations.Languages).Distinct().ToList();
        return new ForumDto(forum.Slug, title.Text, summary.Text, title.Language, languages, forum.StartsOn, forum.EndsOn,
            sessions?.Select(s => s.ToDto(language)).ToList(), withTranslations ? forum.Translations.ToDictionary() : null,
            withTranslations ? forum.ReplyToAddress : null);
    }

    public static ForumEventDto ToDto(this ForumSession session, string language)
    {
        var ev = session.Event;
        var title = ContentReader.For(ev, language).Text(ev.Translations, nameof(Event.Title), ev.Title);
        var status = JsonNamingPolicyCamel(session.State);
        var places = session.State == SessionState.Open ? PlacesAvailability.Of(ev.Capacity, session.PlacesLeft) : null;
        return new ForumEventDto(ev.Slug, title.Text, title.Language, ev.StartsAtUtc, ev.EndsAtUtc, ev.TimeZoneId, ev.Languages,
            places is { } level ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(level.ToString()) : null, status);
    }

    private static string JsonNamingPolicyCamel(SessionState state) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(state.ToString());
}
