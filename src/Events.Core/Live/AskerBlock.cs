namespace Events.Core.Live;

/// <summary>A participant a moderator stopped from asking at one event.</summary>
public sealed class AskerBlock
{
    public int EventId { get; set; }
    public required string ParticipantKey { get; set; }
    public DateTime BlockedAtUtc { get; set; }
}
