namespace Events.Core.FollowUps;

/// <summary>The follow-up's words in one language: one subject and message for attendees, one for the absent.</summary>
public sealed class FollowUpMessage
{
    public int Id { get; set; }
    public int FollowUpDraftId { get; set; }
    public required string Language { get; set; }
    public required string Subject { get; set; }
    public required string Message { get; set; }
    public required string AbsentSubject { get; set; }
    public required string AbsentMessage { get; set; }

    /// <summary>Said above the questions not reached; empty means the standard sentence.</summary>
    public string UnansweredNote { get; set; } = "";
}
