using Events.Core.Polls;
using Events.Core.Validation;

namespace Events.Web.Pages.Organiser;

/// <summary>A poll as the organiser's form posts it: the question, choice rows (blank ones left out), translations per text.</summary>
public sealed class PollForm
{
    public PollKind? Kind { get; set; } = PollKind.SingleChoice;
    public string? Question { get; set; }
    public bool ShowResultsToAttendees { get; set; }
    public bool IncludeInFollowUp { get; set; }

    /// <summary>The question in the event's other languages, keyed <c>fr.Question</c>.</summary>
    public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

    public List<ChoiceRow> Choices { get; set; } = [];

    public sealed class ChoiceRow
    {
        public int? Id { get; set; }
        public string? Text { get; set; }

        /// <summary>The choice in the event's other languages, keyed <c>fr.Text</c>.</summary>
        public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);
    }

    public static string ChoicePrefix(int index) => $"Input.Choices[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static string ChoiceInputId(int index) => $"Input_Choices_{index.ToString(CultureInfo.InvariantCulture)}__Text";

    public PollInput ToInput() => new(Kind, Question, Choices.Select(c => new PollChoiceInput(c.Id, c.Text, TranslationForms.ToInput(c.Translations))).ToList(),
        ShowResultsToAttendees, IncludeInFollowUp, TranslationForms.ToInput(Translations));

    /// <summary>Drops rows left blank (text and translations), so the rules' row numbers are the form's.</summary>
    public void Compact() => Choices = Choices
        .Where(c => c.Id is not null || !string.IsNullOrWhiteSpace(c.Text) || c.Translations.Values.Any(v => !string.IsNullOrWhiteSpace(v))).ToList();

    /// <summary>Adds blank rows up to <paramref name="atLeast"/>, and one more for a new choice, within the limit.</summary>
    public void Pad(int atLeast)
    {
        var rows = Math.Min(PollInput.MaxChoices, Math.Max(atLeast, Choices.Count + 1));
        while (Choices.Count < rows)
        {
            Choices.Add(new ChoiceRow());
        }
    }

    public static PollForm From(Poll p) => new()
    {
        Kind = p.Kind, Question = p.Question, ShowResultsToAttendees = p.ShowResultsToAttendees, IncludeInFollowUp = p.IncludeInFollowUp,
        Translations = TranslationForms.From(p.Translations),
        Choices = p.Kind == PollKind.Scale1To5 ? [] : p.ChoicesInOrder.Select(c => new ChoiceRow { Id = c.Id, Text = c.Text, Translations = TranslationForms.From(c.Translations) }).ToList(),
    };

    /// <summary>The rules' <c>choices.2.text</c> as the form names it (<c>choices[2].Text</c>); translation keys stay for the tabs.</summary>
    public static ValidationErrors FormNames(ValidationErrors errors)
    {
        var named = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var parts = field.Split('.');
            var name = parts is ["choices", var index, var leaf] ? $"choices[{index}].{char.ToUpperInvariant(leaf[0])}{leaf[1..]}" : field;
            foreach (var message in messages)
            {
                named.Add(name, message);
            }
        }
        return named;
    }
}
