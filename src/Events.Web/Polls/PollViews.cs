using Events.Core.Content;
using Events.Core.Polls;

namespace Events.Web.Polls;

/// <summary>
/// A poll as live pages see it. <see cref="Question"/> is in <see cref="Language"/> (the reader's where translated);
/// <see cref="Questions"/> has it in every language it is written in, so a broadcast serves every reader and the page picks its own.
/// </summary>
public sealed record PollView(int Id, PollKind Kind, PollStatus Status, bool ResultsVisible, string Question, string Language,
    IReadOnlyDictionary<string, string> Questions, IReadOnlyList<PollChoiceView> Choices);

public sealed record PollChoiceView(int Id, string Text, IReadOnlyDictionary<string, string> Texts);

/// <summary>What a live page needs of the polls after each (re)join: the polls it may see, their results, the caller's own answers.</summary>
public sealed record PollsStateView(IReadOnlyList<PollView> Polls, IReadOnlyList<PollResults> Results, IReadOnlyDictionary<int, IReadOnlyList<int>> Mine);

public static class PollViewMapping
{
    public static PollView ToView(this Poll p, ContentReader text)
    {
        var question = text.Text(p.Translations, nameof(Poll.Question), p.Question);
        return new(p.Id, p.Kind, p.Status, p.ShowResultsToAttendees, question.Text, question.Language,
            Texts(text.OriginalLanguage, p.Question, p.Translations, nameof(Poll.Question)),
            p.ChoicesInOrder.Select(c => new PollChoiceView(c.Id, text.Text(c.Translations, nameof(PollChoice.Text), c.Text).Text,
                Texts(text.OriginalLanguage, c.Text, c.Translations, nameof(PollChoice.Text)))).ToList());
    }

    private static Dictionary<string, string> Texts(string original, string text, Translations translations, string field)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal) { [original] = text };
        foreach (var language in translations.Languages)
        {
            if (translations.Get(language, field) is { } translated)
            {
                all[language] = translated;
            }
        }
        return all;
    }
}
