namespace Events.Core.Live;

/// <summary>One upvote; the key (question, voter) makes a second vote by the same person impossible.</summary>
public sealed class QuestionVote
{
    public int QuestionId { get; set; }
    public required string VoterKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
