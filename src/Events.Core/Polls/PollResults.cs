namespace Events.Core.Polls;

/// <summary>One poll's results at <see cref="Version"/>: a page keeps the highest version it has heard.</summary>
public sealed record PollResults(int PollId, long Version, int Respondents, IReadOnlyList<PollChoiceCount> Choices);

public sealed record PollChoiceCount(int ChoiceId, int Count);
