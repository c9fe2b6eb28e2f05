using Events.Core.Live;

namespace Events.Web.Live;

/// <summary>Which page is joining: it decides the group and the shape of the questions sent.</summary>
public enum LiveView
{
    Attendee,
    Console,
    Presenter,
}

/// <summary>
/// A question as one audience may see it. <see cref="AskerName"/> is the public name for the audience and the
/// presenter, and the name moderators may see in the console; null when anonymous to that audience.
/// <see cref="VotesVersion"/> orders counts: a page keeps <see cref="Votes"/> only when the version is not older than its own.
/// </summary>
public sealed record QuestionView(
    int Id,
    string Text,
    string Language,
    QuestionStatus Status,
    int Votes,
    long VotesVersion,
    string? AskerName,
    QuestionAnonymity Anonymity,
    bool HeldForPersonalData,
    int? MergedIntoId,
    DateTime CreatedAtUtc,
    DateTime? AnsweredAtUtc);

public sealed record SessionView(string Status, int? CurrentAgendaItemId, DateTime? StartedAtUtc, DateTime? EndedAtUtc);

public sealed record AgendaItemView(int Id, string Title, string Kind, DateTime StartsAtUtc, DateTime EndsAtUtc, IReadOnlyList<string> People);

/// <summary>
/// <see cref="Label"/> is in the viewer's language in a snapshot, the original in a broadcast (one message for all);
/// <see cref="Labels"/> has it in every language it is written in, and the page picks its own.
/// </summary>
public sealed record ChannelView(int Id, string LanguageCode, string Label, bool IsFloor, bool IsLive, string? JoinUrl,
    IReadOnlyDictionary<string, string> Labels);

public sealed record PresenceView(int Total, IReadOnlyDictionary<int, int> ByChannel);

/// <summary>Everything a page needs to draw itself; sent on every (re)join, so nothing missed while away is lost.</summary>
/// <summary><see cref="Title"/>, the agenda titles and the channel labels are in <see cref="Language"/>, the connection's.</summary>
public sealed record LiveSnapshot(
    int EventId,
    string Title,
    string TimeZoneId,
    SessionView Session,
    IReadOnlyList<AgendaItemView> Agenda,
    IReadOnlyList<ChannelView> Channels,
    IReadOnlyList<QuestionView> Questions,
    IReadOnlyList<QuestionView> MyQuestions,
    IReadOnlyList<int> MyVotes,
    int? MyChannelId,
    bool CanAsk,
    bool AllowFullyAnonymous,
    QuestionModeration Moderation,
    PresenceView? Presence,
    string Language);

/// <summary>One question's count and its version (see <see cref="QuestionView.VotesVersion"/>); also a voter's acknowledgement.</summary>
public sealed record VoteCount(int Id, int Votes, long Version);

/// <summary>The counts that changed in one event since the last update, at most one message per interval.</summary>
public sealed record VoteCounts(int EventId, IReadOnlyList<VoteCount> Questions);

public sealed record AskRequest(string? Text, QuestionAnonymity Anonymity);

/// <summary>Error is a code (see <see cref="AskError"/>) the page words in its reader's language.</summary>
public sealed record AskResult(QuestionView? Question, AskError? Error);
