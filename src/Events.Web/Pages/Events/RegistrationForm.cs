namespace Events.Web.Pages.Events;

/// <summary>The form-post shape of <see cref="RegistrationInput"/>; <see cref="Website"/> is the honeypot.</summary>
public sealed class RegistrationForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; }
    public int? ChannelId { get; set; }
    public string? Organisation { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public bool Consent { get; set; }
    public string? Website { get; set; }

    /// <summary>Custom questions' answers, posted as <c>Form.Answers[questionId]</c>.</summary>
    public Dictionary<string, string?> Answers { get; set; } = [];

    public RegistrationInput ToInput() => new(Name, Email, Language, ChannelId, Organisation, AccessibilityNeeds, Consent, Website, Answers);
}
