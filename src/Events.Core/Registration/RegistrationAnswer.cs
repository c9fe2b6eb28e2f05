namespace Events.Core.Registrations;

/// <summary>One registrant's answer to one custom question; deleted with the registration.</summary>
public sealed class RegistrationAnswer
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public int QuestionId { get; set; }

    /// <summary>Free text, the chosen option, or <c>yes</c>/<c>no</c>.</summary>
    public required string Value { get; set; }
}
