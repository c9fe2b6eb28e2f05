namespace Events.Core.Polls;

/// <summary>
/// One participant's answer to one poll (unique per poll and <see cref="ParticipantKey"/>, the key votes use), changed
/// in place while the poll is open. Personal data: erased with the event's, the counts staying on the choices.
/// </summary>
public sealed class PollAnswer
{
    public int Id { get; set; }
    public int PollId { get; set; }
    public required string ParticipantKey { get; set; }

    /// <summary>The chosen choice ids as <c>,3,5,</c>: one row per person keeps an answer change a single atomic UPDATE.</summary>
    public required string ChoiceIds { get; set; }

    public DateTime AnsweredAtUtc { get; set; }

    public static string Encode(IEnumerable<int> choiceIds) =>
        "," + string.Join(",", choiceIds.Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture))) + ",";

    public IReadOnlyList<int> Decode() =>
        ChoiceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
