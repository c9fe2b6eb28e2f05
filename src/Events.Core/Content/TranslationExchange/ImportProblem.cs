namespace Events.Core.Content.TranslationExchange;

/// <summary>Why a whole file was refused; nothing of it is applied then.</summary>
public enum ImportProblem
{
    NoFile,
    TooLarge,
    NotXml,
    NotXliff,
    WrongVersion,
    NoTargetLanguage,
    WrongSourceLanguage,
    LanguageNotOffered,
    WrongEvent,
}

/// <summary>Why one unit of an accepted file was not applied.</summary>
public enum SkipReason
{
    /// <summary>No text of the event has this key (removed since the export, or a file edited by hand).</summary>
    UnknownUnit,

    /// <summary>The original was changed after the export: the translation is of a text no longer there.</summary>
    SourceChanged,

    /// <summary>The file holds the same unit twice; the first one counts.</summary>
    Duplicate,
}
