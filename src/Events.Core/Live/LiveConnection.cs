namespace Events.Core.Live;

/// <summary>
/// One hub connection to one event's live page, from join to leave. Presence counts read the open ones (so they
/// hold across web instances) and attendance adds up the closed ones per registration.
/// </summary>
public sealed class LiveConnection
{
    public long Id { get; set; }
    public required string ConnectionId { get; set; }
    public int EventId { get; set; }
    public required string ParticipantKey { get; set; }
    public int? RegistrationId { get; set; }
    public ParticipantRole Role { get; set; }
    public int? ChannelId { get; set; }
    public DateTime ConnectedAtUtc { get; set; }
    public DateTime? DisconnectedAtUtc { get; set; }

    /// <summary>The web instance holding the connection (<see cref="LiveInstance"/>); null on rows older than instances.</summary>
    public string? InstanceId { get; set; }
}
