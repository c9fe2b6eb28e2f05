namespace Events.Core.Polls;

/// <summary>One choice as the organiser types it; <see cref="Id"/> names an existing choice to keep (its answers with it).</summary>
public sealed record PollChoiceInput(int? Id, string? Text, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);
