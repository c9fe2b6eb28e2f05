namespace Events.Core.Accounts;

/// <summary>A moderator account assigned to run one event.</summary>
public sealed class EventModerator
{
    public int EventId { get; set; }
    public required string UserId { get; set; }
}
