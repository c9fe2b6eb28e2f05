namespace Events.Core.EmailStatus;

/// <summary>The job behind <see cref="IEmailResendJobs"/>: sends once under the key, throws to retry a transient failure.</summary>
public sealed class EmailResendJobs(EventsDbContext db, OnceOnlyMailer mailer, RegistrationEmailJobs emails, TimeProvider clock) : IEmailResendJobs
{
    public async Task ResendAsync(string key, CancellationToken cancellationToken)
    {
        var delivery = await db.EmailDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        var registrationId = delivery is null ? null : DeliveryKey.RegistrationId(key);
        if (delivery is null || registrationId is null)
        {
            return;
        }
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null)
        {
            await MarkFailedAsync(key, "The registration has been erased.", cancellationToken);
            return;
        }
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId, cancellationToken);
        var email = new PendingEmail(key, delivery.Kind, ev.Id, registration.Email, () => emails.Build(registration, ev, delivery.Kind));
        var result = await mailer.SendAsync(email, cancellationToken);
        if (result.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy)
        {
            throw new InvalidOperationException($"Delivery {result.Key} is not done ({result.Outcome}); Hangfire retries it.");
        }
    }

    private Task<int> MarkFailedAsync(string key, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.EmailDeliveries.Where(d => d.Key == key && d.Status == EmailDeliveryStatus.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, EmailDeliveryStatus.Failed)
            .SetProperty(d => d.Error, reason)
            .SetProperty(d => d.UpdatedAtUtc, now), cancellationToken);
    }
}
