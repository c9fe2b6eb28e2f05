namespace Events.Core.Polls;

/// <summary>
/// A question put to the audience during the event, prepared beforehand. Texts are in the event's original language,
/// the rest in <see cref="Translations"/>. <see cref="ResultsVersion"/> grows with every answer change (bumped in the
/// same UPDATE as <see cref="Respondents"/>), so a page hearing results from two web instances keeps the newest.
/// </summary>
public sealed class Poll
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public PollKind Kind { get; set; }
    public required string Question { get; set; }
    public Translations Translations { get; set; } = new();
    public PollStatus Status { get; set; }
    public bool ShowResultsToAttendees { get; set; }
    public bool IncludeInFollowUp { get; set; }
    public int Position { get; set; }
    public DateTime? OpenedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public long ResultsVersion { get; set; }

    /// <summary>People who answered; kept (like each choice's count) when the answers are erased with the event's personal data.</summary>
    public int Respondents { get; set; }

    public List<PollChoice> Choices { get; set; } = [];

    public IEnumerable<PollChoice> ChoicesInOrder => Choices.OrderBy(c => c.Position).ThenBy(c => c.Id);
}
