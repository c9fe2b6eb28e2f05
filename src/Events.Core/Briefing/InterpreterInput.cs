using System.Net.Mail;

namespace Events.Core.Briefing;

public sealed record InterpreterInput(string? Name, string? Email, string? SourceLanguage, string? TargetLanguage, int? ChannelId)
{
    /// <param name="channelIds">The event's channels: a channel must be one of them.</param>
    public ValidationErrors ApplyTo(Interpreter interpreter, IReadOnlyCollection<int> channelIds)
    {
        var errors = new ValidationErrors();
        errors.Required("name", Name);
        errors.MaxLength("name", Name, 200);
        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 320 || !MailAddress.TryCreate(Email.Trim(), out _))
        {
            errors.Add("email", "Must be an email address.");
        }
        Language(errors, "sourceLanguage", SourceLanguage);
        Language(errors, "targetLanguage", TargetLanguage);
        if (errors.IsValid && SourceLanguage == TargetLanguage)
        {
            errors.Add("targetLanguage", "Must differ from the source language.");
        }
        if (ChannelId is { } channel && !channelIds.Contains(channel))
        {
            errors.Add("channelId", "Not a channel of this event.");
        }
        if (!errors.IsValid)
        {
            return errors;
        }
        interpreter.Name = Name!.Trim();
        interpreter.Email = Email!.Trim().ToLowerInvariant();
        interpreter.SourceLanguage = SourceLanguage!;
        interpreter.TargetLanguage = TargetLanguage!;
        interpreter.ChannelId = ChannelId;
        return errors;
    }

    private static void Language(ValidationErrors errors, string field, string? value)
    {
        if (value is null || !RegistrationRules.Languages.Contains(value))
        {
            errors.Add(field, "Must be en, fr or es.");
        }
    }
}
