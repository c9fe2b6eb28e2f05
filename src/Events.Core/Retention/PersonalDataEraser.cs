using Events.Core.Audit;
using Events.Core.Forums;
using Events.Core.Reports;

namespace Events.Core.Retention;

/// <summary>
/// Erases one event's personal data: registrations and their answers, the links from questions, votes and live
/// connections, the addresses in the email ledger and the drop folder, and bookings left with no session. The report's
/// figures are kept first as an <see cref="EventTally"/>. The retention job and the organiser's "erase now" both call it.
/// </summary>
public sealed class PersonalDataEraser(EventsDbContext db, RetentionPeriod period, EventReportBuilder reports, AuditTrail audit,
    IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public const string ErasedRecipient = "(erased)";

    public async Task<RetentionResult> EraseAsync(string slugOrId, CancellationToken ct)
    {
        var ev = await db.Events.FindBySlugOrIdAsync(slugOrId, ct);
        return ev is null ? RetentionResult.NotFound() : await EraseAsync(ev, ct);
    }

    /// <summary>Idempotent: an event already erased is left as it is. <paramref name="actorName"/> names a job acting outside any request.</summary>
    public async Task<RetentionResult> EraseAsync(Event ev, CancellationToken ct, string? actorName = null)
    {
        if (ev.PersonalDataErasedAtUtc is not null)
        {
            return new(RetentionOutcome.AlreadyErased, await period.StatusAsync(ev, ct), new ValidationErrors());
        }
        if (!period.MayEraseNow(ev))
        {
            return new(RetentionOutcome.NotEnded, await period.StatusAsync(ev, ct), new ValidationErrors());
        }
        var report = await reports.BuildAsync(ev, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var people = await db.Registrations.Where(r => r.EventId == ev.Id)
            .Select(r => new { r.Id, r.Email, r.BookingId }).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var bookingIds = people.Where(p => p.BookingId != null).Select(p => p.BookingId!.Value).Distinct().ToList();
        var addresses = people.Select(p => p.Email)
            .Concat(await db.Bookings.Where(b => bookingIds.Contains(b.Id)).Select(b => b.Email).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Set<EventTally>().AnyAsync(t => t.EventId == ev.Id, ct))
        {
            db.Set<EventTally>().Add(EventTally.Of(report, ev.Id, now));
        }
        ev.PersonalDataErasedAtUtc = now;
        audit.Add(AuditAction.EventDataErased, ev.Id, AuditTrail.TargetOf("event", ev.Id),
            FormattableString.Invariant($"{ids.Count} registrations"), actorName);
        await db.SaveChangesAsync(ct);

        await db.RegistrationAnswers.Where(a => ids.Contains(a.RegistrationId)).ExecuteDeleteAsync(ct);
        await db.Registrations.Where(r => r.EventId == ev.Id).ExecuteDeleteAsync(ct);
        await ForgetLiveAsync(ev.Id, ct);
        await ForgetDeliveriesAsync(ev.Id, ct);
        await ForgetBookingsAsync(bookingIds, ct);
        // Files go before the commit: should it fail, the event is still due and the next run tries again.
        DropFolder.DeleteAddressedTo(smtp.Value, addresses);
        await tx.CommitAsync(ct);
        return new(RetentionOutcome.Erased, await period.StatusAsync(ev, ct), new ValidationErrors());
    }

    /// <summary>Questions stay as the event's record, with nothing that leads to who asked; votes stay as the count on each question.</summary>
    private async Task ForgetLiveAsync(int eventId, CancellationToken ct)
    {
        var erased = $"erased:{Guid.NewGuid():N}";
        await db.QuestionVotes.Where(v => db.Questions.Any(q => q.Id == v.QuestionId && q.EventId == eventId)).ExecuteDeleteAsync(ct);
        // Poll answers are by key; each choice keeps its count and each poll its respondents.
        await db.PollAnswers.Where(a => db.Polls.Any(p => p.Id == a.PollId && p.EventId == eventId)).ExecuteDeleteAsync(ct);
        await db.Questions.Where(q => q.EventId == eventId).ExecuteUpdateAsync(s => s
            .SetProperty(q => q.AskerKey, erased).SetProperty(q => q.AskerName, (string?)null).SetProperty(q => q.RegistrationId, (int?)null), ct);
        await Live.LiveVersion.BumpAsync(db, e => e.Id == eventId, ct);
        await db.AskerBlocks.Where(b => b.EventId == eventId).ExecuteDeleteAsync(ct);
        await db.LiveConnections.Where(c => c.EventId == eventId).ExecuteDeleteAsync(ct);
        // Captions stay as the event's record, like its questions; a speaker label may name a participant, so it goes.
        await db.CaptionLines.Where(c => c.EventId == eventId).ExecuteUpdateAsync(s => s.SetProperty(c => c.SpeakerLabel, (string?)null), ct);
    }

    /// <summary>The ledger keeps its rows (what was sent, when) but not to whom; interpreters' briefings are staff mail and stay.</summary>
    private Task<int> ForgetDeliveriesAsync(int eventId, CancellationToken ct) =>
        db.EmailDeliveries.Where(d => d.EventId == eventId && d.Kind != EmailKind.InterpreterBriefing)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Recipient, ErasedRecipient).SetProperty(d => d.Error, (string?)null), ct);

    /// <summary>A booking still holding a session of another event keeps its contact until that event's turn.</summary>
    private async Task ForgetBookingsAsync(List<int> bookingIds, CancellationToken ct)
    {
        var empty = await db.Bookings.Where(b => bookingIds.Contains(b.Id) && !db.Registrations.Any(r => r.BookingId == b.Id))
            .Select(b => b.Id).ToListAsync(ct);
        var keys = empty.Select(BookingEmailJobs.Key).ToList();
        await db.EmailDeliveries.Where(d => keys.Contains(d.Key))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Recipient, ErasedRecipient).SetProperty(d => d.Error, (string?)null), ct);
        await db.Bookings.Where(b => empty.Contains(b.Id)).ExecuteDeleteAsync(ct);
    }
}
