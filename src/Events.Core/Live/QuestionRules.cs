namespace Events.Core.Live;

/// <summary>Why a question was refused. Codes, so each page words them in its reader's language.</summary>
public enum AskError
{
    Empty,
    TooLong,
    AnonymityNotAllowed,
    Closed,
    Blocked,
    RateLimited,
}

public static class QuestionRules
{
    public const int TextMax = 500;

    public static AskError? Check(string? text, QuestionAnonymity anonymity, bool fullAnonymityAllowed) => text?.Trim() switch
    {
        null or "" => AskError.Empty,
        { Length: > TextMax } => AskError.TooLong,
        _ when !Enum.IsDefined(anonymity) => AskError.AnonymityNotAllowed,
        _ when anonymity == QuestionAnonymity.AnonymousToEveryone && !fullAnonymityAllowed => AskError.AnonymityNotAllowed,
        _ => null,
    };
}
