namespace Events.Core.Speakers;

/// <summary><see cref="Translations"/>: the title and bio in the event's other languages; left out keeps them.</summary>
public sealed record SpeakerInput(string? Name, string? Title, string? Organisation, string? Bio, string? PhotoUrl, string? Email,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null)
{
    public ValidationErrors ApplyTo(Speaker speaker, TranslationRules languages)
    {
        var errors = new ValidationErrors();
        errors.Required("name", Name);
        errors.MaxLength("name", Name, EventRules.TitleMax);
        errors.MaxLength("title", Title, EventRules.TitleMax);
        errors.MaxLength("organisation", Organisation, EventRules.TitleMax);
        errors.MaxLength("bio", Bio, EventRules.TextMax);
        errors.HttpUrl("photoUrl", PhotoUrl);
        if (!string.IsNullOrWhiteSpace(Email) && !EventRules.IsEmail(Email))
        {
            errors.Add("email", "Must be an email address.");
        }
        languages.Check(Translations, errors,
            TranslatableField.Text(nameof(Speaker.Title), EventRules.TitleMax), TranslatableField.Text(nameof(Speaker.Bio), EventRules.TextMax));
        if (!errors.IsValid)
        {
            return errors;
        }
        speaker.Name = Name!.Trim();
        speaker.Title = Title?.Trim() ?? "";
        speaker.Organisation = Organisation?.Trim() ?? "";
        speaker.Bio = Bio?.Trim() ?? "";
        speaker.PhotoUrl = string.IsNullOrWhiteSpace(PhotoUrl) ? null : PhotoUrl.Trim();
        speaker.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        speaker.Translations = TranslationRules.Apply(speaker.Translations, Translations);
        return errors;
    }
}
