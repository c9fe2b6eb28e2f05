using System.Buffers.Text;
using System.Security.Cryptography;
using Events.Core.Data;
using Events.Core.Email;
using Events.Core.Events;
using Events.Core.Validation;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Events.Core.Registrations;

public sealed record RegisterOutcome(ValidationErrors Errors, Registration? Registration, bool Created);

/// <summary>
/// Every decision that depends on counts (confirm or wait, promote) goes through here.
/// Chosen approach: a process-wide <see cref="SemaphoreSlim"/> around the read-decide-write, plus a database
/// transaction. On SQLite, Microsoft.Data.Sqlite begins non-deferred transactions with BEGIN IMMEDIATE, so a
/// second process would also wait for the write lock rather than read a stale count; the semaphore keeps
/// this process's writers from piling up on SQLITE_BUSY. One web process is the deployment model.
/// </summary>
public sealed partial class Registrar(EventsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<RegisterOutcome> RegisterAsync(Event ev, RegistrationInput input, CancellationToken ct)
    {
        var channelIds = await db.Channels.Where(c => c.EventId == ev.Id).Select(c => c.Id).ToListAsync(ct);
        var errors = RegistrationRules.Validate(input, channelIds);
        if (!errors.IsValid)
        {
            return new RegisterOutcome(errors, null, false);
        }
        var email = RegistrationRules.NormaliseEmail(input.Email);
        Registration? existing;
        Registration? created = null;
        await Gate.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            existing = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == ev.Id && r.Email == email, ct);
            if (existing is null)
            {
                created = await NewRegistrationAsync(ev, input, email, ct);
                db.Registrations.Add(created);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
        }
        catch (DbUpdateException)
        {
            // Another process inserted the same email first: answer as for a repeat.
            db.ChangeTracker.Clear();
            created = null;
            existing = await db.Registrations.AsNoTracking().SingleAsync(r => r.EventId == ev.Id && r.Email == email, ct);
        }
        finally
        {
            Gate.Release();
        }
        if (created is not null)
        {
            Enqueue(created.Id, created.Status switch
            {
                RegistrationStatus.Confirmed => EmailKind.Confirmed,
                RegistrationStatus.Pending => EmailKind.Pending,
                _ => EmailKind.WaitingList,
            });
            return new RegisterOutcome(errors, created, true);
        }
        Enqueue(existing!.Id, EmailKind.LinkAgain);
        return new RegisterOutcome(errors, existing, false);
    }

    /// <summary>Cancels one registration and promotes waiting ones into any freed place. False if unknown.</summary>
    public async Task<bool> CancelAsync(int eventId, int registrationId, CancellationToken ct)
    {
        List<Registration> promoted;
        await Gate.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
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
            registration.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            promoted = await PromoteAsync(eventId, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
        Enqueue(registrationId, EmailKind.Cancelled);
        promoted.ForEach(p => Enqueue(p.Id, EmailKind.Promoted));
        return true;
    }

    private async Task<Registration> NewRegistrationAsync(Event ev, RegistrationInput input, string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = await db.Registrations.CountAsync(r => r.EventId == ev.Id && r.Status == RegistrationStatus.Confirmed, ct);
        var hasPlace = ev.Capacity is null || confirmed < ev.Capacity.Value;
        var registration = new Registration
        {
            EventId = ev.Id,
            Token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)),
            Name = input.Name!.Trim(),
            Email = email,
            Language = input.Language!,
            ChannelId = input.ChannelId,
            Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
            AccessibilityNeeds = string.IsNullOrWhiteSpace(input.AccessibilityNeeds) ? null : input.AccessibilityNeeds.Trim(),
            ConsentedAtUtc = now,
            Status = ev.RequiresApproval ? RegistrationStatus.Pending : hasPlace ? RegistrationStatus.Confirmed : RegistrationStatus.WaitingList,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        if (!hasPlace && !ev.RequiresApproval)
        {
            var last = await db.Registrations.Where(r => r.EventId == ev.Id).MaxAsync(r => r.WaitingPosition, ct);
            registration.WaitingPosition = (last ?? 0) + 1;
        }
        return registration;
    }

    private void Enqueue(int id, EmailKind kind) =>
        jobs.Enqueue<IRegistrationEmailJobs>(j => j.SendAsync(id, kind, CancellationToken.None));
}
