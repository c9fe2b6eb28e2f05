namespace Events.Core.Registrations;

public enum ApprovalOutcome { NotFound, NotPending, Done, MessageTooLong }

public sealed partial class Registrar
{
    /// <summary>Pending → Confirmed, or WaitingList when the event is full; counted under the gate like any registration.</summary>
    public Task<ApprovalOutcome> ApproveAsync(int eventId, int registrationId, CancellationToken ct, string? message = null) =>
        DecideAsync(eventId, registrationId, approve: true, message, ct);

    public Task<ApprovalOutcome> DeclineAsync(int eventId, int registrationId, CancellationToken ct, string? message = null) =>
        DecideAsync(eventId, registrationId, approve: false, message, ct);

    private async Task<ApprovalOutcome> DecideAsync(int eventId, int registrationId, bool approve, string? message, CancellationToken ct)
    {
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message?.Length > RegistrationRules.DecisionMessageMax)
        {
            return ApprovalOutcome.MessageTooLong;
        }
        var turn = await gate.EnterAsync(eventId, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventAsync(eventId, ct);
            var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, ct);
            if (registration is null)
            {
                return ApprovalOutcome.NotFound;
            }
            if (registration.Status is not RegistrationStatus.Pending)
            {
                return ApprovalOutcome.NotPending;
            }
            registration.Status = approve ? await ApprovedStatusAsync(registration, ct) : RegistrationStatus.Declined;
            registration.DecisionMessage = message;
            // The status only: the message may name people.
            audit.Add(approve ? Audit.AuditAction.RegistrationApproved : Audit.AuditAction.RegistrationDeclined, eventId,
                Audit.AuditTrail.TargetOf("registration", registrationId), $"status={registration.Status}");
            Outbox(registration, registration.Status switch
            {
                RegistrationStatus.Confirmed => EmailKind.Confirmed,
                RegistrationStatus.WaitingList => EmailKind.WaitingList,
                _ => EmailKind.Declined,
            });
            await SaveChangedAsync(registration, tx, ct);
        }
        finally
        {
            turn.Dispose();
        }
        outbox.Raise();
        return ApprovalOutcome.Done;
    }

    private async Task<RegistrationStatus> ApprovedStatusAsync(Registration registration, CancellationToken ct)
    {
        var capacity = await db.Events.Where(e => e.Id == registration.EventId).Select(e => e.Capacity).SingleAsync(ct);
        if (capacity is null || await PlacesTakenAsync(registration.EventId, ct) < capacity.Value)
        {
            return RegistrationStatus.Confirmed;
        }
        registration.WaitingPosition = await NextWaitingPositionAsync(registration.EventId, ct);
        return RegistrationStatus.WaitingList;
    }
}
