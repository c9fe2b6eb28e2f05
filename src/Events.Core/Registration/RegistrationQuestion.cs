namespace Events.Core.Registrations;

public enum QuestionKind
{
    Text,
    Choice,
    YesNo,
}

/// <summary>An organiser's extra question on the registration form, written in the event's own language.</summary>
public sealed class RegistrationQuestion
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int Position { get; set; }
    public QuestionKind Kind { get; set; }
    public required string Label { get; set; }

    /// <summary>The allowed answers of a <see cref="QuestionKind.Choice"/> question.</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>The label and options in the event's other languages.</summary>
    public Translations Translations { get; set; } = new();
    public bool Required { get; set; }
}
