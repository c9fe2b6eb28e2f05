using Events.Core.Polls;

namespace Events.Web.Polls;

/// <summary>A poll as the organiser API shows it: original texts, translations, and the counts kept so far.</summary>
public sealed record PollDto(int Id, PollKind Kind, string Question, PollStatus Status, bool ShowResultsToAttendees, bool IncludeInFollowUp,
    int Position, DateTime? OpenedAtUtc, DateTime? ClosedAtUtc, int Respondents, IReadOnlyList<PollChoiceDto> Choices,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations);

public sealed record PollChoiceDto(int Id, string Text, int Count, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations);

public static class PollDtoMapping
{
    public static PollDto ToDto(this Poll p) => new(p.Id, p.Kind, p.Question, p.Status, p.ShowResultsToAttendees, p.IncludeInFollowUp,
        p.Position, p.OpenedAtUtc, p.ClosedAtUtc, p.Respondents,
        p.ChoicesInOrder.Select(c => new PollChoiceDto(c.Id, c.Text, c.Count, c.Translations.ToDictionary())).ToList(), p.Translations.ToDictionary());
}
