namespace Events.Core.FollowUps;

/// <summary>The email an event sends after it ends: one per event, worded per language, in two variants.</summary>
public sealed class FollowUpDraft
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public string? RecordingUrl { get; set; }
    public string? SurveyUrl { get; set; }
    public bool IncludeAnsweredQuestions { get; set; }
    public bool IncludeUnansweredQuestions { get; set; }

    /// <summary>Each recipient's follow-up carries the caption transcript in their language, else the event's original one, when it has lines.</summary>
    public bool AttachTranscript { get; set; }

    /// <summary>Part of each delivery key: a registrant gets one follow-up per round, however often it is sent.</summary>
    public int Round { get; set; } = 1;

    /// <summary>When set, the follow-up goes this many minutes after the event's end, and moves with it.</summary>
    public int? SendAfterEndMinutes { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<FollowUpMessage> Messages { get; set; } = [];

    public FollowUpMessage? MessageFor(string language) =>
        Messages.SingleOrDefault(m => m.Language == language) ?? Messages.SingleOrDefault(m => m.Language == "en");
}
