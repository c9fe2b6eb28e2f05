namespace Events.Core.Polls;

/// <summary>
/// A poll as the organiser prepares it. <see cref="Translations"/>: the question in the event's other languages
/// (<c>{"fr": {"Question": "…"}}</c>), each choice's in its own; left out keeps what is stored.
/// </summary>
public sealed record PollInput(PollKind? Kind, string? Question, IReadOnlyList<PollChoiceInput>? Choices,
    bool ShowResultsToAttendees = false, bool IncludeInFollowUp = false,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null)
{
    public const int TextMax = 300;
    public const int MinChoices = 2;
    public const int MaxChoices = 10;
    public const int ScalePoints = 5;

    public const string ChoiceCount = "A poll needs between 2 and 10 choices.";
    public const string ChoicesFixed = "Choices cannot be added or removed once the poll has been opened.";
    public const string KindFixed = "The kind cannot change once the poll has been opened.";
    public const string UnknownChoice = "Not a choice of this poll.";

    public ValidationErrors Check(Poll poll, TranslationRules languages)
    {
        var errors = new ValidationErrors();
        if (Kind is null)
        {
            errors.Add("kind", "This field is required.");
        }
        errors.Required("question", Question);
        errors.MaxLength("question", Question?.Trim(), TextMax);
        languages.Check(Translations, errors, TranslatableField.Text(nameof(Poll.Question), TextMax));
        var opened = poll.Status != PollStatus.Draft;
        if (opened && Kind is not null && Kind != poll.Kind)
        {
            errors.Add("kind", KindFixed);
        }
        if (Kind is PollKind.SingleChoice or PollKind.MultipleChoice)
        {
            CheckChoices(poll, opened, languages, errors);
        }
        return errors;
    }

    private void CheckChoices(Poll poll, bool opened, TranslationRules languages, ValidationErrors errors)
    {
        var choices = Choices ?? [];
        if (choices.Count is < MinChoices or > MaxChoices)
        {
            errors.Add("choices", ChoiceCount);
        }
        var ids = poll.Choices.Select(c => c.Id).ToHashSet();
        for (var i = 0; i < choices.Count; i++)
        {
            var at = $"choices.{i.ToString(CultureInfo.InvariantCulture)}";
            errors.Required($"{at}.text", choices[i].Text);
            errors.MaxLength($"{at}.text", choices[i].Text?.Trim(), TextMax);
            if (choices[i].Id is { } id && !ids.Contains(id))
            {
                errors.Add($"{at}.id", UnknownChoice);
            }
            languages.Check(choices[i].Translations, errors, $"{at}.{TranslationRules.Prefix}", TranslatableField.Text(nameof(PollChoice.Text), TextMax));
        }
        var kept = choices.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        if (opened && (choices.Count != poll.Choices.Count || !kept.SetEquals(ids)))
        {
            errors.Add("choices", ChoicesFixed);
        }
    }

    /// <summary>Writes the checked input onto the poll: choices kept by id, new ones added, missing ones removed, in the order given.</summary>
    public void ApplyTo(Poll poll)
    {
        poll.Kind = Kind!.Value;
        poll.Question = Question!.Trim();
        poll.ShowResultsToAttendees = ShowResultsToAttendees;
        poll.IncludeInFollowUp = IncludeInFollowUp;
        poll.Translations = TranslationRules.Apply(poll.Translations, Translations);
        var wanted = Kind == PollKind.Scale1To5
            ? Enumerable.Range(1, ScalePoints).Select(n => new PollChoiceInput(poll.Kind == PollKind.Scale1To5 && poll.Choices.Count == ScalePoints
                ? poll.ChoicesInOrder.ElementAt(n - 1).Id : null, n.ToString(CultureInfo.InvariantCulture))).ToList()
            : (Choices ?? []).ToList();
        var keep = new List<PollChoice>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var choice = poll.Choices.SingleOrDefault(c => c.Id == wanted[i].Id && c.Id != 0) ?? new PollChoice { Text = "" };
            choice.Position = i;
            choice.Text = wanted[i].Text!.Trim();
            choice.Translations = TranslationRules.Apply(choice.Translations, wanted[i].Translations);
            keep.Add(choice);
        }
        poll.Choices.RemoveAll(c => !keep.Contains(c));
        poll.Choices.AddRange(keep.Where(c => !poll.Choices.Contains(c)));
    }
}
