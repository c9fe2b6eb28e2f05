namespace Events.Core.Polls;

public enum PollKind
{
    SingleChoice,
    MultipleChoice,

    /// <summary>Five implied choices, 1 to 5: their rows carry the numbers, nothing to translate.</summary>
    Scale1To5,
}
