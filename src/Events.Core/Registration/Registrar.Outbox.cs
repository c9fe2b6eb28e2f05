using Hangfire;

namespace Events.Core.Registrations;

public sealed partial class Registrar
{
    /// <summary>
    /// Records an email to send in the caller's SaveChanges, so it commits (or not) with the decision it announces.
    /// The dispatcher hands it to the job storage after the commit (<see cref="EmailOutboxDispatcher"/>).
    /// </summary>
    private void Outbox(Registration registration, EmailKind kind)
    {
        var entry = new EmailOutboxEntry { Kind = kind, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        // A registration inserted by the same SaveChanges has no id yet: the navigation gives it one.
        if (registration.Id == 0)
        {
            entry.Registration = registration;
        }
        else
        {
            entry.RegistrationId = registration.Id;
        }
        db.Set<EmailOutboxEntry>().Add(entry);
    }

    /// <summary>An Unconfirmed registration is released when its hold runs out unless the email is confirmed first.</summary>
    private void ScheduleHoldRelease(Registration created)
    {
        if (created.Status == RegistrationStatus.Unconfirmed)
        {
            var id = created.Id;
            jobs.Schedule<IRegistrationHoldJobs>(j => j.ExpireAsync(id, CancellationToken.None), new DateTimeOffset(created.HoldExpiresAtUtc!.Value, TimeSpan.Zero));
        }
    }

    private static EmailKind EmailFor(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => EmailKind.Confirmed,
        RegistrationStatus.Pending => EmailKind.Pending,
        _ => EmailKind.WaitingList,
    };
}
