namespace Events.Core.Live;

/// <summary>A vote waiting for <see cref="VoteWriter"/>'s next batch; its caller awaits <see cref="Done"/>.</summary>
internal sealed class PendingVote(int eventId, int questionId, string voterKey, bool up)
{
    public int EventId => eventId;
    public int QuestionId => questionId;
    public string VoterKey => voterKey;
    public bool Up => up;
    public (int QuestionId, string VoterKey) Key => (questionId, voterKey);

    /// <summary>The new count, or null when refused; completed off the writer's loop so callers never run on it.</summary>
    public TaskCompletionSource<VoteTally?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
