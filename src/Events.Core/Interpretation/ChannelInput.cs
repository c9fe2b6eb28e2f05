namespace Events.Core.Interpretation;

/// <summary>A channel as the organiser types it. Its interpreters are not part of it: they are the event's interpreters on this channel.</summary>
/// <remarks><see cref="Translations"/>: the label in the event's other languages; left out keeps them.</remarks>
public sealed record ChannelInput(string? LanguageCode, string? Label, bool IsFloor, string? JoinUrl,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null)
{
    public const int LabelMax = 100;

    public ValidationErrors ApplyTo(InterpretationChannel channel, IEnumerable<InterpretationChannel> others, TranslationRules languages)
    {
        var errors = new ValidationErrors();
        errors.Required("languageCode", LanguageCode);
        if (!string.IsNullOrWhiteSpace(LanguageCode) && !IsLanguageTag(LanguageCode))
        {
            errors.Add("languageCode", "Must be a BCP 47 language tag such as fr or es-419.");
        }
        errors.Required("label", Label);
        errors.MaxLength("label", Label, LabelMax);
        errors.HttpUrl("joinUrl", JoinUrl);
        var siblings = others.Where(o => o != channel).ToList();
        if (LanguageCode is not null && siblings.Any(o => string.Equals(o.LanguageCode, LanguageCode.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("languageCode", "The event already has a channel in this language.");
        }
        if (IsFloor && siblings.Any(o => o.IsFloor))
        {
            errors.Add("isFloor", "The event already has a floor channel.");
        }
        languages.Check(Translations, errors, TranslatableField.Text(nameof(InterpretationChannel.Label), LabelMax));
        if (!errors.IsValid)
        {
            return errors;
        }
        channel.LanguageCode = LanguageCode!.Trim();
        channel.Label = Label!.Trim();
        channel.IsFloor = IsFloor;
        channel.JoinUrl = string.IsNullOrWhiteSpace(JoinUrl) ? null : JoinUrl.Trim();
        channel.Translations = TranslationRules.Apply(channel.Translations, Translations);
        return errors;
    }

    private static bool IsLanguageTag(string code)
    {
        if (code.Length > 35 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
