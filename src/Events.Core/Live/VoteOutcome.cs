namespace Events.Core.Live;

/// <summary>
/// What became of one vote: the question's new count, or no count when refused (the question is not open to votes,
/// or the voter had already voted); <see cref="NotAdmitted"/> when the voter was no longer admitted as it was written.
/// </summary>
public sealed record VoteOutcome(VoteTally? Tally, bool NotAdmitted = false)
{
    public static readonly VoteOutcome Refused = new(Tally: null);

    public static readonly VoteOutcome VoterNotAdmitted = new(Tally: null, NotAdmitted: true);
}
