namespace Events.Core.Content.TranslationExchange;

/// <summary>An export: the file's name and bytes, or <see cref="Offered"/> false when the language asked for is not one to translate into.</summary>
public sealed record TranslationExport(bool Offered, string FileName, byte[] Content)
{
    public const string ContentType = "application/xliff+xml";
}
