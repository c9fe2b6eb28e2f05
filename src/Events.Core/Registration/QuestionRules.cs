namespace Events.Core.Registrations;

/// <summary>What an organiser sends to add or change a custom question.</summary>
/// <remarks><see cref="Translations"/>: the label and options (<c>Options.0</c>…) in the event's other languages; left out keeps them.</remarks>
public sealed record QuestionInput(QuestionKind? Kind, string? Label, List<string>? Options, bool Required,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

public static class QuestionRules
{
    public const int MaxPerEvent = 10;
    public const int LabelMax = 300;
    public const int OptionMax = 200;
    public const int MaxOptions = 20;
    public const int AnswerMax = 2000;
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>Checks the input and, when valid, applies it to <paramref name="target"/>.</summary>
    public static ValidationErrors Apply(QuestionInput input, RegistrationQuestion target, TranslationRules languages)
    {
        var errors = new ValidationErrors();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add("kind", "Must be text, choice or yesNo.");
        }
        errors.Required("label", input.Label);
        errors.MaxLength("label", input.Label?.Trim(), LabelMax);
        var options = (input.Options ?? []).Select(o => o?.Trim() ?? "").ToList();
        if (input.Kind == QuestionKind.Choice)
        {
            if (options.Count is < 2 or > MaxOptions || options.Any(o => o.Length is 0 or > OptionMax)
                || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            {
                errors.Add("options", $"A choice needs 2 to {MaxOptions} different options of 1 to {OptionMax} characters.");
            }
        }
        else if (options.Count > 0)
        {
            errors.Add("options", "Only a choice question has options.");
        }
        languages.Check(input.Translations, errors, TranslatableField.Text(nameof(RegistrationQuestion.Label), LabelMax),
            TranslatableField.List(nameof(RegistrationQuestion.Options), options.Count, OptionMax));
        if (!errors.IsValid)
        {
            return errors;
        }
        target.Kind = input.Kind!.Value;
        target.Label = input.Label!.Trim();
        target.Options = options;
        target.Required = input.Required;
        target.Translations = TranslationRules.Apply(target.Translations, input.Translations);
        return errors;
    }

    /// <summary>
    /// Checks the answers (keyed by question id) against the event's questions and returns what to store.
    /// Errors are named <c>answers.{questionId}</c>.
    /// </summary>
    public static List<RegistrationAnswer> ValidateAnswers(IReadOnlyDictionary<string, string?>? answers,
        IReadOnlyList<RegistrationQuestion> questions, ValidationErrors errors)
    {
        answers ??= new Dictionary<string, string?>();
        var byId = questions.ToDictionary(q => q.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var key in answers.Keys.Where(k => !byId.ContainsKey(k)))
        {
            errors.Add($"answers.{key}", "Not a question of this event.");
        }
        var kept = new List<RegistrationAnswer>();
        foreach (var (key, question) in byId)
        {
            var value = answers.TryGetValue(key, out var given) ? given?.Trim() : null;
            var field = $"answers.{key}";
            if (string.IsNullOrEmpty(value))
            {
                if (question.Required)
                {
                    errors.Add(field, "This field is required.");
                }
                continue;
            }
            var error = question.Kind switch
            {
                QuestionKind.Text when value.Length > AnswerMax => $"Must be at most {AnswerMax} characters.",
                QuestionKind.Choice when !question.Options.Contains(value, StringComparer.Ordinal) => "Must be one of the options.",
                QuestionKind.YesNo when value is not (Yes or No) => "Must be yes or no.",
                _ => null,
            };
            if (error is not null)
            {
                errors.Add(field, error);
                continue;
            }
            kept.Add(new RegistrationAnswer { QuestionId = question.Id, Value = value });
        }
        return kept;
    }
}
