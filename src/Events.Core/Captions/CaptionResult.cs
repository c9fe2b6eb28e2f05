namespace Events.Core.Captions;

public enum CaptionOutcome
{
    Sent,
    NotFound,

    /// <summary>Not allowed: the caller is not a captioner (or above) of this event.</summary>
    NotAllowed,
    Invalid,
}

/// <param name="Errors">For <see cref="CaptionOutcome.Invalid"/>: <c>lang</c> (not one of the event's languages) or <c>text</c>.</param>
public sealed record CaptionResult(CaptionOutcome Outcome, IReadOnlyList<CaptionLine> Lines, ValidationErrors Errors)
{
    public static CaptionResult Refused(CaptionOutcome outcome) => new(outcome, [], new ValidationErrors());
}
