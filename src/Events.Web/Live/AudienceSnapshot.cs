using Events.Core.Live;

namespace Events.Web.Live;

/// <summary>
/// What every attendee (and presenter) of one event joining in one language is shown alike, built once per
/// <see cref="Event.LiveVersion"/> by <see cref="JoinSnapshots"/>. Texts are in <see cref="Language"/>; the vote counts
/// are those at the build and are replaced with fresh ones on each join.
/// </summary>
public sealed record AudienceSnapshot(
    long Version,
    string Title,
    string TimeZoneId,
    SessionView Session,
    IReadOnlyList<AgendaItemView> Agenda,
    IReadOnlyList<ChannelView> Channels,
    IReadOnlyList<QuestionView> Questions,
    bool IsOpen,
    bool AllowFullyAnonymous,
    QuestionModeration Moderation,
    string Language);
