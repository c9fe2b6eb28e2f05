using System.Net.Mail;

namespace Events.Core.Registrations;

public static class RegistrationRules
{
    public const int NameMax = 200;
    public const int EmailMax = 254;
    public const int OrganisationMax = 200;
    public const int AccessibilityMax = 2000;
    public const int DecisionMessageMax = 2000;
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "es"];

    public static string NormaliseEmail(string? email) => (email ?? "").Trim().ToLowerInvariant();

    public static ValidationErrors Validate(RegistrationInput input, IReadOnlyCollection<int> eventChannelIds)
    {
        var errors = new ValidationErrors();
        errors.Required("name", input.Name);
        errors.MaxLength("name", input.Name?.Trim(), NameMax);
        if (!IsEmail(NormaliseEmail(input.Email)))
        {
            errors.Add("email", "Must be a valid email address.");
        }
        if (input.Language is null || !Languages.Contains(input.Language))
        {
            errors.Add("language", "Must be one of en, fr, es.");
        }
        if (input.ChannelId is { } channel && !eventChannelIds.Contains(channel))
        {
            errors.Add("channelId", "Not a channel of this event.");
        }
        errors.MaxLength("organisation", input.Organisation, OrganisationMax);
        errors.MaxLength("accessibilityNeeds", input.AccessibilityNeeds, AccessibilityMax);
        if (!input.Consent)
        {
            errors.Add("consent", "Consent to the privacy notice is required.");
        }
        return errors;
    }

    private static bool IsEmail(string email)
    {
        if (email.Length is 0 or > EmailMax || email.Any(char.IsWhiteSpace))
        {
            return false;
        }
        return MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
