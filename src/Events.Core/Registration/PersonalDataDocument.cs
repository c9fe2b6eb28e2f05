namespace Events.Core.Registrations;

/// <summary>Everything held about one registrant, as they download it (right of access). Never the personal link itself.</summary>
public sealed record PersonalDataDocument(
    PersonalEvent Event,
    PersonalRegistration Registration,
    IReadOnlyList<PersonalAnswer> Answers,
    IReadOnlyList<PersonalQuestion> Questions,
    IReadOnlyList<PersonalVote> Votes,
    PersonalAttendance Attendance,
    IReadOnlyList<PersonalEmail> Emails,
    PersonalBooking? Booking);

public sealed record PersonalEvent(string Title, string Slug, DateTime StartsAtUtc, DateTime EndsAtUtc);

public sealed record PersonalRegistration(
    string Name, string Email, string Language, string? Channel, string? Organisation, string? AccessibilityNeeds,
    string Status, int? WaitingPosition, string? DecisionMessage, DateTime ConsentedAtUtc, DateTime CreatedAtUtc, DateTime UpdatedAtUtc,
    int LinkVersion);

public sealed record PersonalAnswer(string Question, string Answer);

public sealed record PersonalQuestion(string Text, DateTime AskedAtUtc, string Status, string Anonymity, string Language, int Votes, DateTime? AnsweredAtUtc);

public sealed record PersonalVote(string Question, DateTime VotedAtUtc);

public sealed record PersonalConnection(DateTime ConnectedAtUtc, DateTime? DisconnectedAtUtc, string? Channel);

public sealed record PersonalAttendance(DateTime? FirstJoinUtc, DateTime? LastLeaveUtc, int MinutesPresent, bool Attended, IReadOnlyList<PersonalConnection> Connections);

public sealed record PersonalEmail(string Kind, string Status, DateTime CreatedAtUtc, DateTime? SentAtUtc, int Attempts);

public sealed record PersonalBooking(string Forum, string Name, string Email, string Language, DateTime CreatedAtUtc, IReadOnlyList<PersonalSession> Sessions);

public sealed record PersonalSession(string Event, string Status);
