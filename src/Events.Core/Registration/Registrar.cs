using Events.Core.Links;
using Hangfire;

namespace Events.Core.Registrations;

/// <summary>
/// Every decision that depends on counts (confirm or wait, promote) goes through here.
/// Chosen approach: a per-event <see cref="RegistrationGate"/> around the read-decide-write, plus a short database
/// transaction (count, write, commit; everything else is read before). On SQLite, Microsoft.Data.Sqlite begins
/// non-deferred transactions with BEGIN IMMEDIATE, so a second process would also wait for the write lock rather than
/// read a stale count; the gate keeps this process's writers for one event from piling up on the lock. On PostgreSQL
/// the transaction also locks the event's row (<see cref="LockEventAsync"/>), so several web processes take turns per
/// event. Emails are written to the outbox in the same transaction (<see cref="EmailOutboxEntry"/>); the request
/// never waits for the job storage.
/// </summary>
public sealed partial class Registrar(
    EventsDbContext db, IBackgroundJobClient jobs, TimeProvider clock, IOptions<RegistrationOptions> options, RegistrationGate gate,
    PersonalLinks links, Audit.AuditTrail audit, Live.LiveEvictions evictions, EmailOutboxSignal outbox)
{
    /// <summary>
    /// The public registration, whichever door it comes through: closed events first (so a bot on a closed event
    /// hears what a person hears), then the honeypot, then the rules.
    /// </summary>
    /// <param name="bookingId">A forum booking the new registration belongs to: its email is the booking's, so none is sent here.</param>
    public async Task<RegisterOutcome> RegisterAsync(Event ev, RegistrationInput input, CancellationToken ct, int? bookingId = null)
    {
        if (!ev.IsOpenForRegistration(clock.GetUtcNow().UtcDateTime))
        {
            return new RegisterOutcome(RegisterResult.Closed, new Validation.ValidationErrors(), null);
        }
        if (!string.IsNullOrEmpty(input.Website))
        {
            return new RegisterOutcome(RegisterResult.Ignored, new Validation.ValidationErrors(), null);
        }
        var channelIds = await db.Channels.Where(c => c.EventId == ev.Id).Select(c => c.Id).ToListAsync(ct);
        var questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.EventId == ev.Id).ToListAsync(ct);
        var errors = RegistrationRules.Validate(input, channelIds);
        var answers = QuestionRules.ValidateAnswers(input.Answers, questions, errors);
        if (!errors.IsValid)
        {
            return new RegisterOutcome(RegisterResult.Invalid, errors, null);
        }
        var email = RegistrationRules.NormaliseEmail(input.Email);
        var link = links.New();
        Registration? existing;
        Registration? created = null;
        var turn = await gate.EnterAsync(ev.Id, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(ev.Id, ct);
            existing = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == ev.Id && r.Email == email, ct);
            if (existing is null)
            {
                created = await NewRegistrationAsync(ev, input, email, link, ct);
                created.Answers = answers;
                created.BookingId = bookingId;
                db.Registrations.Add(created);
                if (bookingId is null)
                {
                    Outbox(created, created.Status == RegistrationStatus.Unconfirmed ? EmailKind.ConfirmEmail : EmailFor(created.Status));
                }
                await db.SaveChangesAsync(ct);
            }
            else
            {
                if (bookingId is null)
                {
                    Outbox(existing, EmailKind.LinkAgain);
                }
                await RepeatLikeNewAsync(ev, existing, ct);
            }
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another process inserted the same email first: answer as for a repeat.
            db.ChangeTracker.Clear();
            created = null;
            existing = await db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == ev.Id && r.Email == email, ct);
            if (bookingId is null)
            {
                Outbox(existing, EmailKind.LinkAgain);
                await db.SaveChangesAsync(ct);
            }
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        if (created is not null)
        {
            ScheduleHoldRelease(created);
            return new RegisterOutcome(RegisterResult.Registered, errors, created);
        }
        return new RegisterOutcome(RegisterResult.AlreadyRegistered, errors, existing);
    }

    /// <summary>Cancels one registration and promotes waiting ones into any freed place. False if unknown.</summary>
    public async Task<bool> CancelAsync(int eventId, int registrationId, CancellationToken ct)
    {
        var turn = await gate.EnterAsync(eventId, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(eventId, ct);
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, ct);
            if (registration is null)
            {
                return false;
            }
            if (registration.Status is RegistrationStatus.Cancelled or RegistrationStatus.Declined)
            {
                return true;
            }
            registration.Status = RegistrationStatus.Cancelled;
            registration.StatusOnceEmailConfirmed = null;
            registration.HoldExpiresAtUtc = null;
            registration.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            audit.Add(Audit.AuditAction.RegistrationCancelled, eventId, Audit.AuditTrail.TargetOf("registration", registrationId));
            Outbox(registration, EmailKind.Cancelled);
            await db.SaveChangesAsync(ct);
            await PromoteAsync(eventId, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        await evictions.RegistrationAsync(registrationId, ct);
        return true;
    }

    private async Task<Registration> NewRegistrationAsync(Event ev, RegistrationInput input, string email, NewLink link, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hasPlace = ev.Capacity is null || await PlacesTakenAsync(ev.Id, ct) < ev.Capacity.Value;
        var status = ev.RequiresApproval ? RegistrationStatus.Pending : hasPlace ? RegistrationStatus.Confirmed : RegistrationStatus.WaitingList;
        var registration = new Registration
        {
            EventId = ev.Id,
            Name = input.Name!.Trim(),
            Email = email,
            Language = input.Language!,
            ChannelId = input.ChannelId,
            Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
            AccessibilityNeeds = string.IsNullOrWhiteSpace(input.AccessibilityNeeds) ? null : input.AccessibilityNeeds.Trim(),
            ConsentedAtUtc = now,
            Status = status,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        link.ApplyTo(registration);
        if (status == RegistrationStatus.WaitingList)
        {
            registration.WaitingPosition = await NextWaitingPositionAsync(ev.Id, ct);
        }
        if (ev.RequiresEmailConfirmation)
        {
            registration.Status = RegistrationStatus.Unconfirmed;
            registration.StatusOnceEmailConfirmed = status;
            registration.HoldExpiresAtUtc = now + options.Value.EmailConfirmationWindow;
        }
        return registration;
    }

    /// <summary>
    /// A repeat does the work of a new registration (count the places, write the row, commit — both drew a link first; the caller
    /// then enqueues one email, the link again), so the time the answer takes does not tell whether the address was
    /// registered. The write leaves the row as it was.
    /// </summary>
    private async Task RepeatLikeNewAsync(Event ev, Registration existing, CancellationToken ct)
    {
        if (ev.Capacity is not null)
        {
            await PlacesTakenAsync(ev.Id, ct);
        }
        // Through SaveChanges, as the insert goes, rewriting the columns the insert indexes (same values).
        var entry = db.Entry(existing);
        entry.Property(r => r.TokenHash).IsModified = true;
        entry.Property(r => r.Email).IsModified = true;
        entry.Property(r => r.Status).IsModified = true;
        entry.Property(r => r.UpdatedAtUtc).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Confirmed places plus the Unconfirmed holds that will become confirmed places.</summary>
    private Task<int> PlacesTakenAsync(int eventId, CancellationToken ct) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && (r.Status == RegistrationStatus.Confirmed
            || (r.Status == RegistrationStatus.Unconfirmed && r.StatusOnceEmailConfirmed == RegistrationStatus.Confirmed)), ct);

    private async Task<int> NextWaitingPositionAsync(int eventId, CancellationToken ct) =>
        (await db.Registrations.Where(r => r.EventId == eventId).MaxAsync(r => r.WaitingPosition, ct) ?? 0) + 1;

    /// <summary>Row lock on the event for the rest of the transaction (PostgreSQL); SQLite's BEGIN IMMEDIATE already serialises writers.</summary>
    private async Task LockEventAsync(int eventId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Events" WHERE "Id" = {eventId} FOR UPDATE""", ct);
        }
    }

    /// <summary>Stamps the change and commits it, inside the gate and the event's lock the caller holds.</summary>
    private async Task SaveChangedAsync(Registration registration, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken ct)
    {
        registration.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
