namespace Events.Core.Registrations;

/// <summary>What a public registration is checked against before it queues: the event (untracked) and its questions.</summary>
public sealed record RegistrationTarget(Event Event, IReadOnlyList<RegistrationQuestion> Questions);
