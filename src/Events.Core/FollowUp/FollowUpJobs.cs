using Events.Core.Attendance;
using Events.Core.Retention;
using MimeKit;

namespace Events.Core.FollowUps;

/// <summary>
/// The job behind <see cref="IFollowUpJobs"/>: one email per confirmed registrant, the variant chosen by attendance,
/// once per registration and round. Registrants added since an earlier run are the only ones a rerun reaches.
/// </summary>
public sealed class FollowUpJobs(
    EventsDbContext db, OnceOnlyMailer mailer, AttendanceRegister attendance, IOptions<SiteOptions> site, IOptions<RetentionOptions> retention,
    TimeProvider clock) : IFollowUpJobs
{
    public static string Key(int registrationId, int round) => DeliveryKey.For(registrationId, EmailKind.FollowUp, round);

    public async Task SendAsync(int eventId, CancellationToken cancellationToken)
    {
        var content = await FollowUpContent.LoadAsync(db, eventId, cancellationToken);
        // Never before the end, whoever enqueued it: the follow-up tells people what they missed.
        if (content is null || content.Event.Status == Events.EventStatus.Cancelled || !FollowUpPlanner.HasEnded(content.Event, clock.GetUtcNow().UtcDateTime))
        {
            return;
        }
        var present = await attendance.ForEventAsync(eventId, cancellationToken);
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var pending = registrations.Select(r =>
        {
            var variant = present.TryGetValue(r.Id, out var record) && record.Attended ? FollowUpVariant.Attended : FollowUpVariant.Absent;
            return new PendingEmail(Key(r.Id, content.Draft.Round), EmailKind.FollowUp, eventId, r.Email, () => Build(content, r, variant));
        }).ToList();
        var results = await mailer.SendBatchAsync(pending, cancellationToken);
        var unfinished = results.Count(r => r.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy);
        if (unfinished > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{unfinished} follow-up(s) for event {eventId} are not done; Hangfire retries them."));
        }
    }

    internal MimeMessage Build(FollowUpContent content, Registration registration, FollowUpVariant variant)
    {
        var email = FollowUpComposer.Render(content, registration.Language, variant, registration.Name, site.Value.BaseUrl,
            retention.Value.DaysFor(content.Event));
        return EmailMessage.Create(new MailboxAddress(registration.Name, registration.Email), email.Subject, email.Html, email.Text,
            attachments: content.TranscriptFor(registration.Language)?.Attachments(content.Event.Slug));
    }
}
