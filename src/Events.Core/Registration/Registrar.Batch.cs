namespace Events.Core.Registrations;

public sealed partial class Registrar
{
    /// <summary>
    /// One event's queued registrations, decided in arrival order and written in one transaction, inside the event's
    /// turn (<see cref="RegistrationWriter"/>) and, on PostgreSQL, its row lock: the places are counted once and
    /// given out one by one, waiting positions follow on, an address already there (or earlier in the batch) is
    /// answered as a repeat with its link again. Returns one outcome per registration, in order.
    /// </summary>
    internal async Task<RegisterOutcome[]> WriteBatchAsync(int eventId, IReadOnlyList<PendingRegistration> batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryWriteBatchAsync(eventId, batch, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another process inserted one of these addresses first; rolled back, read again, it is a repeat now.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<RegisterOutcome[]> TryWriteBatchAsync(int eventId, IReadOnlyList<PendingRegistration> batch, CancellationToken ct)
    {
        var emails = batch.Select(p => p.Email).Distinct().ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockEventAsync(eventId, ct);
        // Read again here: the requests may have checked a kept copy (RegistrationTargets), or the event changed since.
        var terms = await db.Events.Where(e => e.Id == eventId).Select(e => new RegistrationTerms(
            e.Status, e.StartsAtUtc, e.RegistrationClosesAtUtc, e.Capacity, e.RequiresApproval, e.RequiresEmailConfirmation)).SingleOrDefaultAsync(ct);
        if (terms is null || !terms.IsOpen(clock.GetUtcNow().UtcDateTime))
        {
            return [.. batch.Select(_ => new RegisterOutcome(RegisterResult.Closed, new Validation.ValidationErrors(), null))];
        }
        var known = await db.Registrations.Where(r => r.EventId == eventId && emails.Contains(r.Email)).ToDictionaryAsync(r => r.Email, ct);
        // Counted even when every one is a repeat, as a repeat did alone: the answer's time does not tell them apart.
        var placesTaken = terms.Capacity is not null ? await PlacesTakenAsync(eventId, ct) : 0;
        // An answer to a question deleted since it was checked is dropped, not a failed batch.
        var questions = batch.Any(p => p.Answers.Count > 0)
            ? await db.RegistrationQuestions.Where(q => q.EventId == eventId).Select(q => q.Id).ToHashSetAsync(ct)
            : null;
        int? lastWaiting = null;
        var outcomes = new RegisterOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if (known.TryGetValue(pending.Email, out var existing))
            {
                if (pending.BookingId is null)
                {
                    Outbox(existing, EmailKind.LinkAgain);
                }
                RewriteLikeNew(existing);
                outcomes[i] = new RegisterOutcome(RegisterResult.AlreadyRegistered, new Validation.ValidationErrors(), existing);
                continue;
            }
            var hasPlace = terms.Capacity is null || placesTaken < terms.Capacity.Value;
            var status = terms.RequiresApproval ? RegistrationStatus.Pending : hasPlace ? RegistrationStatus.Confirmed : RegistrationStatus.WaitingList;
            var created = NewRegistration(eventId, terms, pending, status);
            if (questions is not null)
            {
                created.Answers.RemoveAll(a => !questions.Contains(a.QuestionId));
            }
            if (status == RegistrationStatus.Confirmed)
            {
                placesTaken++;
            }
            else if (status == RegistrationStatus.WaitingList)
            {
                lastWaiting = (lastWaiting ?? await LastWaitingPositionAsync(eventId, ct)) + 1;
                created.WaitingPosition = lastWaiting;
            }
            db.Registrations.Add(created);
            if (pending.BookingId is null)
            {
                Outbox(created, created.Status == RegistrationStatus.Unconfirmed ? EmailKind.ConfirmEmail : EmailFor(created.Status));
            }
            known[pending.Email] = created;
            outcomes[i] = new RegisterOutcome(RegisterResult.Registered, new Validation.ValidationErrors(), created);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return outcomes;
    }

    /// <summary>An Unconfirmed registration is released when its hold runs out unless the email is confirmed first.</summary>
    internal void ScheduleHoldReleases(IEnumerable<RegisterOutcome> outcomes)
    {
        foreach (var outcome in outcomes.Where(o => o.Created))
        {
            ScheduleHoldRelease(outcome.Registration!);
        }
    }

    private Registration NewRegistration(int eventId, RegistrationTerms terms, PendingRegistration pending, RegistrationStatus status)
    {
        var input = pending.Input;
        var now = clock.GetUtcNow().UtcDateTime;
        var registration = new Registration
        {
            EventId = eventId,
            Name = input.Name!.Trim(),
            Email = pending.Email,
            Language = input.Language!,
            ChannelId = input.ChannelId,
            Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
            AccessibilityNeeds = string.IsNullOrWhiteSpace(input.AccessibilityNeeds) ? null : input.AccessibilityNeeds.Trim(),
            ConsentedAtUtc = now,
            Status = status,
            BookingId = pending.BookingId,
            Answers = pending.Answers,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        pending.Link.ApplyTo(registration);
        if (terms.RequiresEmailConfirmation)
        {
            registration.Status = RegistrationStatus.Unconfirmed;
            registration.StatusOnceEmailConfirmed = status;
            registration.HoldExpiresAtUtc = now + options.Value.EmailConfirmationWindow;
        }
        return registration;
    }

    /// <summary>
    /// A repeat writes its row as a new registration would (the columns the insert indexes, same values), so the
    /// batch's work does not depend on how many were registered already. The row is left as it was.
    /// </summary>
    private void RewriteLikeNew(Registration existing)
    {
        if (existing.Id == 0)
        {
            // Inserted by this batch: its insert is the write.
            return;
        }
        var entry = db.Entry(existing);
        entry.Property(r => r.TokenHash).IsModified = true;
        entry.Property(r => r.Email).IsModified = true;
        entry.Property(r => r.Status).IsModified = true;
        entry.Property(r => r.UpdatedAtUtc).IsModified = true;
    }

    private async Task<int> LastWaitingPositionAsync(int eventId, CancellationToken ct) =>
        await db.Registrations.Where(r => r.EventId == eventId).MaxAsync(r => r.WaitingPosition, ct) ?? 0;
}
