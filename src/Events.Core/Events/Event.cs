using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Live;
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

    /// <summary>The language the organiser writes the event in; every other language's texts are in <see cref="Translations"/>.</summary>
    public string OriginalLanguage { get; set; } = "en";

    /// <summary>The languages the event's content is offered in, the original first.</summary>
    public List<string> Languages { get; set; } = ["en", "fr", "es"];
    public Translations Translations { get; set; } = new();

    /// <summary>The forum (series) this event is one session of, if any.</summary>
    public int? ForumId { get; set; }

    /// <summary>Start instant, UTC. Local times are derived from <see cref="TimeZoneId"/>.</summary>
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }

    /// <summary>IANA time zone id, e.g. <c>Europe/Paris</c>.</summary>
    public required string TimeZoneId { get; set; }
    public int? Capacity { get; set; }

    /// <summary>Registrations wait as Pending until an organiser approves or declines them.</summary>
    public bool RequiresApproval { get; set; }

    /// <summary>A new registration holds its place as Unconfirmed until the link in the first email is used.</summary>
    public bool RequiresEmailConfirmation { get; set; }

    /// <summary>Optional earlier close; registration always closes when the event starts.</summary>
    public DateTime? RegistrationClosesAtUtc { get; set; }
    public string OrganiserName { get; set; } = "";
    public string OrganiserEmail { get; set; } = "";
    public EventStatus Status { get; set; } = EventStatus.Draft;
    public QuestionModeration Moderation { get; set; } = QuestionModeration.Before;

    /// <summary>Whether an asker may keep their name even from the moderators.</summary>
    public bool AllowFullyAnonymousQuestions { get; set; } = true;

    /// <summary>Anyone with the event link may join the Q&amp;A under a display name, without registering.</summary>
    public bool OpenQuestions { get; set; }

    /// <summary>The agenda item on now while the event is live.</summary>
    public int? CurrentAgendaItemId { get; set; }
    public DateTime? LiveStartedAtUtc { get; set; }
    public DateTime? LiveEndedAtUtc { get; set; }

    /// <summary>Minutes on the live page that count as attended; null means the configured default.</summary>
    public int? AttendanceThresholdMinutes { get; set; }

    /// <summary>Hours before the start that interpreters get their briefing; null means the configured default.</summary>
    public int? BriefingHoursBefore { get; set; }

    /// <summary>Raised whenever the time or join details change; becomes the calendar SEQUENCE.</summary>
    public int Sequence { get; set; }

    /// <summary>
    /// Raised after every save that changes what a joining live page is shown alike (the public questions, the session,
    /// agenda, channels, settings; see <see cref="Live.LiveVersion"/>). Vote counts are versioned per question instead.
    /// </summary>
    public long LiveVersion { get; set; }

    /// <summary>Days after the end that registrants' personal data is kept; null means the site's <c>Retention:DefaultDays</c>.</summary>
    public int? PersonalDataRetentionDays { get; set; }

    /// <summary>When this event's personal data was erased (by the retention job or an organiser); null while it is held.</summary>
    public DateTime? PersonalDataErasedAtUtc { get; set; }

    /// <summary>Minutes before the start each reminder goes. Null follows the site's <c>Reminders:Offsets</c>; empty sends none.</summary>
    public List<int>? ReminderOffsetMinutes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<AgendaItem> AgendaItems { get; set; } = [];
    public List<Speaker> Speakers { get; set; } = [];
    public List<InterpretationChannel> Channels { get; set; } = [];
    public List<Reading> Readings { get; set; } = [];
    public List<Registrations.RegistrationQuestion> Questions { get; set; } = [];
    public List<Polls.Poll> Polls { get; set; } = [];

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
    public bool IsOpenForRegistration(DateTime nowUtc) => IsOpenForRegistration(Status, StartsAtUtc, RegistrationClosesAtUtc, nowUtc);

    public static bool IsOpenForRegistration(EventStatus status, DateTime startsAtUtc, DateTime? registrationClosesAtUtc, DateTime nowUtc) =>
        status == EventStatus.Published && nowUtc < startsAtUtc && (registrationClosesAtUtc is null || nowUtc < registrationClosesAtUtc);

    public bool IsPublic => Status is EventStatus.Published or EventStatus.Live or EventStatus.Ended or EventStatus.Cancelled;
}
