using System.Globalization;
using System.Text;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.ScaleOut;

/// <summary>
/// Where each missing invitation got to — its ledger row, an outbox row left, and the job storage's failed and scheduled
/// jobs — so a failure says which step lost it rather than only how many.
/// </summary>
internal static class InvitationTrail
{
    public static async Task<string> DescribeAsync(EventsApp admin, string slug, IReadOnlyCollection<string> missing)
    {
        var text = new StringBuilder();
        await admin.WithDbAsync(async db =>
        {
            var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
            var registrations = await db.Registrations.Where(r => r.EventId == eventId && missing.Contains(r.Email))
                .Select(r => new { r.Id, r.Email, r.Status }).ToListAsync();
            foreach (var registration in registrations)
            {
                var deliveries = await db.EmailDeliveries.Where(d => d.Recipient == registration.Email).ToListAsync();
                var outbox = await db.Set<EmailOutboxEntry>().CountAsync(o => o.RegistrationId == registration.Id);
                var ledger = deliveries.Count == 0 ? "none" : string.Join("; ", deliveries.Select(d => string.Create(CultureInfo.InvariantCulture,
                    $"{d.Key} {d.Status} attempts {d.Attempts} lease {d.LeaseUntilUtc:HH:mm:ss.fff} updated {d.UpdatedAtUtc:HH:mm:ss.fff} error {d.Error}")));
                text.AppendLine(CultureInfo.InvariantCulture, $"{registration.Email} (registration {registration.Id}, {registration.Status}): {outbox} outbox rows; ledger: {ledger}");
            }
            text.AppendLine(CultureInfo.InvariantCulture, $"now {DateTime.UtcNow:HH:mm:ss.fff}; outbox rows left: {await db.Set<EmailOutboxEntry>().CountAsync()}");
            return 0;
        });
        var monitoring = admin.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"jobs: {monitoring.EnqueuedCount("default")} enqueued, {monitoring.ProcessingCount()} processing, {monitoring.ScheduledCount()} scheduled, {monitoring.FailedCount()} failed, {monitoring.Servers().Count} servers");
        foreach (var (id, job) in monitoring.ScheduledJobs(0, 20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"scheduled {id} at {job.EnqueueAt:HH:mm:ss}");
        }
        foreach (var (id, job) in monitoring.FailedJobs(0, 20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"failed {id}: {job.ExceptionMessage}");
        }
        foreach (var (id, job) in monitoring.ProcessingJobs(0, 20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"processing {id} on {job.ServerId} since {job.StartedAt:HH:mm:ss}");
        }
        return text.ToString();
    }
}
