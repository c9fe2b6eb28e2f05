namespace Events.Core.Live;

/// <summary>A vote waiting for <see cref="VoteWriter"/>'s next batch; its caller awaits <see cref="Done"/>.</summary>
internal sealed class PendingVote(Participant voter, int questionId, bool up)
{
    public Participant Voter => voter;
    public int EventId => voter.EventId;
    public int QuestionId => questionId;
    public string VoterKey => voter.Key;
    public bool Up => up;
    public (int QuestionId, string VoterKey) Key => (questionId, voter.Key);

    /// <summary>What became of the vote; completed off the writer's loop so callers never run on it.</summary>
    public TaskCompletionSource<VoteOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
