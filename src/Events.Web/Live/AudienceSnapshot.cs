using Events.Core.Live;
using Events.Core.Polls;
using Events.Web.Polls;

namespace Events.Web.Live;

/// <summary>
/// What every attendee (and presenter) of one event joining in one language is shown alike, built once per
/// <see cref="Event.LiveVersion"/> by <see cref="JoinSnapshots"/>. Texts are in <see cref="Language"/>; the vote counts
/// are those at the build and are replaced with fresh ones on each join. <see cref="Polls"/> are those the audience
/// sees (open, or closed with results shown); <see cref="PollResults"/> are the shown results at the build, with their
/// versions: answers change them without a new live version, so each joiner is sent the current ones within one feed
/// interval (<see cref="Feeds.JoinerPollResultsFeed"/>) and keeps the newest.
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
    string Language,
    IReadOnlyList<PollView> Polls,
    IReadOnlyList<PollResults> PollResults);
