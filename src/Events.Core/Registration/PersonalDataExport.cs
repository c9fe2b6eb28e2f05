using Events.Core.Attendance;
using Events.Core.Links;
using Events.Core.Live;

namespace Events.Core.Registrations;

/// <summary>Gathers <see cref="PersonalDataDocument"/>: the registration and all that hangs on it, from every feature that keeps something.</summary>
public sealed class PersonalDataExport(EventsDbContext db, AttendanceRegister attendance)
{
    /// <returns>Null when no registration has this token.</returns>
    public async Task<PersonalDataDocument?> ForTokenAsync(string token, CancellationToken ct)
    {
        var r = await db.Registrations.AsNoTracking().WithToken(token).SingleOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == r.EventId, ct);
        var channels = await db.Channels.AsNoTracking().Where(c => c.EventId == r.EventId).ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        var registration = new PersonalRegistration(r.Name, r.Email, r.Language, Label(channels, r.ChannelId), r.Organisation, r.AccessibilityNeeds,
            r.Status.ToString(), r.WaitingPosition, r.DecisionMessage, r.ConsentedAtUtc, r.CreatedAtUtc, r.UpdatedAtUtc, r.LinkVersion);
        return new PersonalDataDocument(new PersonalEvent(ev.Title, ev.Slug, ev.StartsAtUtc, ev.EndsAtUtc), registration,
            await AnswersAsync(r.Id, ct), await QuestionsAsync(r.Id, ct), await VotesAsync(r.Id, ct),
            await AttendanceAsync(r, channels, ct), await EmailsAsync(r, ct), await BookingAsync(r, ct));
    }

    private Task<List<PersonalAnswer>> AnswersAsync(int registrationId, CancellationToken ct) =>
        db.RegistrationAnswers.AsNoTracking().Where(a => a.RegistrationId == registrationId)
            .Join(db.RegistrationQuestions, a => a.QuestionId, q => q.Id, (a, q) => new { q.Position, q.Id, q.Label, a.Value })
            .OrderBy(a => a.Position).ThenBy(a => a.Id).Select(a => new PersonalAnswer(a.Label, a.Value)).ToListAsync(ct);

    private async Task<List<PersonalQuestion>> QuestionsAsync(int registrationId, CancellationToken ct)
    {
        var key = Participant.AttendeeKey(registrationId);
        var rows = await db.Questions.AsNoTracking().Where(q => q.RegistrationId == registrationId || q.AskerKey == key).ToListAsync(ct);
        return rows.OrderBy(q => q.CreatedAtUtc).ThenBy(q => q.Id)
            .Select(q => new PersonalQuestion(q.Text, q.CreatedAtUtc, q.Status.ToString(), q.Anonymity.ToString(), q.Language, q.Votes, q.AnsweredAtUtc))
            .ToList();
    }

    private async Task<List<PersonalVote>> VotesAsync(int registrationId, CancellationToken ct)
    {
        var key = Participant.AttendeeKey(registrationId);
        var rows = await db.QuestionVotes.AsNoTracking().Where(v => v.VoterKey == key)
            .Join(db.Questions, v => v.QuestionId, q => q.Id, (v, q) => new { q.Text, v.CreatedAtUtc }).ToListAsync(ct);
        return rows.OrderBy(v => v.CreatedAtUtc).Select(v => new PersonalVote(v.Text, v.CreatedAtUtc)).ToList();
    }

    private async Task<PersonalAttendance> AttendanceAsync(Registration r, Dictionary<int, string> channels, CancellationToken ct)
    {
        var key = Participant.AttendeeKey(r.Id);
        var rows = await db.LiveConnections.AsNoTracking().Where(c => c.RegistrationId == r.Id || c.ParticipantKey == key).ToListAsync(ct);
        var connections = rows.OrderBy(c => c.ConnectedAtUtc)
            .Select(c => new PersonalConnection(c.ConnectedAtUtc, c.DisconnectedAtUtc, Label(channels, c.ChannelId))).ToList();
        var record = (await attendance.ForEventAsync(r.EventId, ct)).GetValueOrDefault(r.Id);
        return new PersonalAttendance(record?.FirstJoinUtc, record?.LastLeaveUtc, record?.MinutesPresent ?? 0, record?.Attended ?? false, connections);
    }

    private async Task<List<PersonalEmail>> EmailsAsync(Registration r, CancellationToken ct)
    {
        // Keys as DeliveryKey.For, ReminderJobs and BookingEmailJobs make them (copies of a resend included).
        var registration = FormattableString.Invariant($"registration:{r.Id}:");
        var reminder = FormattableString.Invariant($"reminder:{r.Id}:");
        var booking = r.BookingId is { } id ? FormattableString.Invariant($"booking:{id}:") : registration;
        var rows = await db.EmailDeliveries.AsNoTracking()
            .Where(d => d.Key.StartsWith(registration) || d.Key.StartsWith(reminder) || d.Key.StartsWith(booking)).ToListAsync(ct);
        return rows.OrderBy(d => d.CreatedAtUtc).ThenBy(d => d.Id)
            .Select(d => new PersonalEmail(d.Kind.ToString(), d.Status.ToString(), d.CreatedAtUtc, d.SentAtUtc, d.Attempts)).ToList();
    }

    private async Task<PersonalBooking?> BookingAsync(Registration r, CancellationToken ct)
    {
        if (r.BookingId is not { } id || await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } booking)
        {
            return null;
        }
        var forum = await db.Forums.AsNoTracking().Where(f => f.Id == booking.ForumId).Select(f => f.Title).SingleAsync(ct);
        var sessions = await db.Registrations.AsNoTracking().Where(s => s.BookingId == id)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { e.Title, e.StartsAtUtc, s.Status }).ToListAsync(ct);
        return new PersonalBooking(forum, booking.Name, booking.Email, booking.Language, booking.CreatedAtUtc,
            sessions.OrderBy(s => s.StartsAtUtc).Select(s => new PersonalSession(s.Title, s.Status.ToString())).ToList());
    }

    private static string? Label(Dictionary<int, string> channels, int? id) => id is { } c ? channels.GetValueOrDefault(c) : null;
}
