using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;

namespace Events.Core.Events;

public sealed class Event
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string Rationale { get; set; } = "";
    public List<string> ExpectedOutcomes { get; set; } = [];

    /// <summary>Start instant, UTC. Local times are derived from <see cref="TimeZoneId"/>.</summary>
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }

    /// <summary>IANA time zone id, e.g. <c>Europe/Paris</c>.</summary>
    public required string TimeZoneId { get; set; }
    public int? Capacity { get; set; }

    /// <summary>Registrations wait as Pending until an organiser approves or declines them.</summary>
    public bool RequiresApproval { get; set; }
    public string OrganiserName { get; set; } = "";
    public string OrganiserEmail { get; set; } = "";
    public EventStatus Status { get; set; } = EventStatus.Draft;

    /// <summary>Raised whenever the time or join details change; becomes the calendar SEQUENCE.</summary>
    public int Sequence { get; set; }

    /// <summary>Minutes before the start each reminder goes. Null follows the site's <c>Reminders:Offsets</c>; empty sends none.</summary>
    public List<int>? ReminderOffsetMinutes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<AgendaItem> AgendaItems { get; set; } = [];
    public List<Speaker> Speakers { get; set; } = [];
    public List<InterpretationChannel> Channels { get; set; } = [];
    public List<Reading> Readings { get; set; } = [];

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
    public bool IsPublic => Status is EventStatus.Published or EventStatus.Live or EventStatus.Ended or EventStatus.Cancelled;
}
