using Events.Core.Polls;

namespace Events.Core.Reports;

/// <summary>
/// What happened around one event, in figures. Every dictionary lists every known key, zeros included. <see cref="Polls"/>
/// lists every poll of the event in the organiser's order, its texts in the report's language.
/// </summary>
public sealed record EventReport(
    string Slug,
    string Title,
    IReadOnlyList<DayCount> RegistrationsPerDay,
    IReadOnlyDictionary<string, int> RegistrationsByStatus,
    IReadOnlyDictionary<string, int> ConfirmedByLanguage,
    IReadOnlyDictionary<string, int> ConfirmedByChannel,
    AttendanceFigures Attendance,
    QuestionFigures Questions,
    IReadOnlyList<EmailFigures> Emails,
    CommentFigures? Comments = null,
    IReadOnlyList<PollFigures>? Polls = null);

/// <summary>Registrations created on <see cref="Date"/> (yyyy-MM-dd, in the event's time zone).</summary>
public sealed record DayCount(string Date, int Count);

/// <summary><see cref="Rate"/> is attended over confirmed, rounded to four places; zero when none confirmed.</summary>
public sealed record AttendanceFigures(int Confirmed, int Attended, decimal Rate, int PeakConcurrent);

/// <summary><see cref="Approved"/> counts questions that reached the audience: published, being answered or answered.</summary>
public sealed record QuestionFigures(int Asked, int Approved, int Answered);

/// <summary>Comments posted beside the questions, and how many reached the audience; null in tallies taken before comments.</summary>
public sealed record CommentFigures(int Posted, int Published);

public sealed record EmailFigures(string Kind, int Sent, int Failed);
