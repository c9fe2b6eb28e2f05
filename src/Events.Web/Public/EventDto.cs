using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;

namespace Events.Web.Public;

public sealed record EventSummaryDto(string Slug, string Title, DateTimeOffset Start, DateTimeOffset End, string TimeZone, EventStatus Status);

/// <summary>
/// <see cref="ReminderOffsets"/> (minutes before the start; null: the site's default), the languages and every
/// <c>Translations</c> here are filled only for organisers (<c>OrganiserDtos</c>).
/// </summary>
public sealed record EventDto(
    string Slug, string Title, string Summary, string Rationale, IReadOnlyList<string> ExpectedOutcomes,
    DateTimeOffset Start, DateTimeOffset End, DateTime StartUtc, DateTime EndUtc, string TimeZone, int? Capacity,
    string OrganiserName, string OrganiserEmail, EventStatus Status, int Sequence,
    IReadOnlyList<AgendaItemDto> Agenda, IReadOnlyList<SpeakerDto> Speakers,
    IReadOnlyList<ChannelDto> Channels, IReadOnlyList<ReadingDto> Readings,
    bool RequiresApproval, bool RequiresEmailConfirmation, DateTimeOffset? RegistrationClosesAt, IReadOnlyList<int>? ReminderOffsets,
    string? OriginalLanguage = null, IReadOnlyList<string>? Languages = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null,
    int? PersonalDataRetentionDays = null);

public sealed record AgendaItemDto(int Id, int Position, AgendaItemKind Kind, string Title, string Description,
    DateTimeOffset Start, DateTimeOffset End, DateTime StartUtc, int DurationMinutes, IReadOnlyList<AgendaPersonDto> People,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

public sealed record AgendaPersonDto(int SpeakerId, string Name, string Title, string Organisation, AgendaRole Role, string Topic,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

/// <summary><see cref="Email"/> is filled only for organisers.</summary>
public sealed record SpeakerDto(int Id, string Name, string Title, string Organisation, string Bio, string? PhotoUrl, string? Email,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

/// <summary>
/// <see cref="JoinUrl"/> and <see cref="Interpreters"/> (the names of the event's interpreters on this channel) are filled only
/// for organisers; attendees get the link through their personal link.
/// </summary>
public sealed record ChannelDto(int Id, string LanguageCode, string Label, bool IsFloor, string? JoinUrl, IReadOnlyList<string> Interpreters, bool IsLive,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

public sealed record ReadingDto(int Id, int Position, string Authors, int? Year, string Title, string Publisher,
    string? Url, string? Doi, string Note, string Citation, string? Link,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations = null);

public static class EventDtoMapping
{
    public static EventSummaryDto ToSummaryDto(this Event e) =>
        new(e.Slug, e.Title, EventTime.ToOffset(e.StartsAtUtc, e.TimeZone), EventTime.ToOffset(e.EndsAtUtc, e.TimeZone), e.TimeZoneId, e.Status);

    public static EventDto ToDto(this Event e, bool forOrganiser)
    {
        var zone = e.TimeZone;
        return new EventDto(e.Slug, e.Title, e.Summary, e.Rationale, e.ExpectedOutcomes,
            EventTime.ToOffset(e.StartsAtUtc, zone), EventTime.ToOffset(e.EndsAtUtc, zone), e.StartsAtUtc, e.EndsAtUtc,
            e.TimeZoneId, e.Capacity, e.OrganiserName, e.OrganiserEmail, e.Status, e.Sequence,
            e.AgendaItems.OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Position).Select(a => a.ToDto(zone)).ToList(),
            e.Speakers.OrderBy(s => s.Id).Select(s => s.ToDto(forOrganiser)).ToList(),
            ChannelPlanner.InOrder(e.Channels).Select(c => c.ToDto(forOrganiser)).ToList(),
            e.Readings.OrderBy(r => r.Position).ThenBy(r => r.Id).Select(r => r.ToDto()).ToList(),
            e.RequiresApproval, e.RequiresEmailConfirmation,
            e.RegistrationClosesAtUtc is { } closes ? EventTime.ToOffset(closes, zone) : null,
            forOrganiser ? e.ReminderOffsetMinutes : null);
    }

    public static AgendaItemDto ToDto(this AgendaItem a, TimeZoneInfo zone) =>
        new(a.Id, a.Position, a.Kind, a.Title, a.Description, EventTime.ToOffset(a.StartsAtUtc, zone),
            EventTime.ToOffset(a.EndsAtUtc, zone), a.StartsAtUtc, a.DurationMinutes,
            a.People.OrderBy(p => p.Role).ThenBy(p => p.Id)
                .Select(p => new AgendaPersonDto(p.SpeakerId, p.Speaker?.Name ?? "", p.Speaker?.Title ?? "",
                    p.Speaker?.Organisation ?? "", p.Role, p.Topic))
                .ToList());

    public static SpeakerDto ToDto(this Speaker s, bool forOrganiser) =>
        new(s.Id, s.Name, s.Title, s.Organisation, s.Bio, s.PhotoUrl, forOrganiser ? s.Email : null);

    public static ChannelDto ToDto(this InterpretationChannel c, bool forOrganiser) =>
        new(c.Id, c.LanguageCode, c.Label, c.IsFloor, forOrganiser ? c.JoinUrl : null,
            forOrganiser ? c.Interpreters.OrderBy(i => i.Name, StringComparer.CurrentCulture).Select(i => i.Name).ToList() : [], c.IsLive);

    public static ReadingDto ToDto(this Reading r) =>
        new(r.Id, r.Position, r.Authors, r.Year, r.Title, r.Publisher, r.Url, r.Doi, r.Note, r.Citation(), r.Link);
}
