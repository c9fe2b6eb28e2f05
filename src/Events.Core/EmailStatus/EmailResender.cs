using Events.Core.Audit;
using Hangfire;

namespace Events.Core.EmailStatus;

public enum ResendOutcome
{
    Queued,
    NotFound,

    /// <summary>Still queued: the first send is under way or waiting for its retry.</summary>
    AlreadyQueued,
}

/// <summary>
/// An organiser's resend of one registrant's email. A failed email goes again under its own key (its ledger row
/// back to queued); a sent one goes as a fresh copy under a new key, so the ledger keeps both sends.
/// </summary>
public sealed class EmailResender(EventsDbContext db, IBackgroundJobClient jobs, TimeProvider clock, AuditTrail audit)
{
    /// <summary>Follow-ups and briefings are composed by their own features, so they are sent again from there.</summary>
    public static bool CanResend(EmailKind kind) => kind is not (EmailKind.FollowUp or EmailKind.InterpreterBriefing);

    public async Task<ResendOutcome> ResendAsync(int eventId, int deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.EmailDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.EventId == eventId, cancellationToken);
        if (delivery is null || !CanResend(delivery.Kind) || DeliveryKey.RegistrationId(delivery.Key) is null)
        {
            return ResendOutcome.NotFound;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        string key;
        if (delivery.Status == EmailDeliveryStatus.Queued)
        {
            return ResendOutcome.AlreadyQueued;
        }
        if (delivery.Status == EmailDeliveryStatus.Failed)
        {
            key = delivery.Key;
            var reset = await db.EmailDeliveries
                .Where(d => d.Id == deliveryId && d.Status == EmailDeliveryStatus.Failed)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, EmailDeliveryStatus.Queued)
                    .SetProperty(d => d.Error, (string?)null)
                    // A fresh set of attempts: one that gave up after many would otherwise give up again at once.
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(d => d.UpdatedAtUtc, now), cancellationToken);
            if (reset == 0)
            {
                return ResendOutcome.AlreadyQueued; // another organiser's click got there first
            }
            await audit.RecordAsync(AuditAction.EmailResent, eventId, Target(delivery), Detail(delivery), cancellationToken: cancellationToken);
        }
        else
        {
            // Stamped to the second, so a double click makes one copy, not two.
            key = delivery.Key + ":copy:" + now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            if (await db.EmailDeliveries.AnyAsync(d => d.Key == key, cancellationToken))
            {
                return ResendOutcome.AlreadyQueued;
            }
            db.EmailDeliveries.Add(new EmailDelivery
            {
                Key = key, EventId = eventId, Recipient = delivery.Recipient, Kind = delivery.Kind,
                CreatedAtUtc = now, UpdatedAtUtc = now,
            });
            audit.Add(AuditAction.EmailResent, eventId, Target(delivery), Detail(delivery) + ", copy");
            if (!await TrySaveAsync(cancellationToken))
            {
                return ResendOutcome.AlreadyQueued;
            }
        }
        jobs.Enqueue<IEmailResendJobs>(j => j.ResendAsync(key, CancellationToken.None));
        return ResendOutcome.Queued;
    }

    private static string Target(EmailDelivery delivery) => AuditTrail.TargetOf("registration", DeliveryKey.RegistrationId(delivery.Key).GetValueOrDefault());

    private static string Detail(EmailDelivery delivery) => FormattableString.Invariant($"delivery={delivery.Id}, kind={delivery.Kind}");

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
