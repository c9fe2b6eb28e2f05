using Events.Core.Audit;
using Hangfire;

namespace Events.Core.Links;

/// <summary>The registrant replaces their personal link (it leaked, was forwarded): the old one stops working at once.</summary>
public sealed class LinkReplacement(EventsDbContext db, PersonalLinks links, AuditTrail audit, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>
    /// Every session of a forum booking gets a new link too, as each session's page lists the others' links. The new
    /// link goes by email only, never in the answer: whoever holds a leaked link must not get the new one.
    /// </summary>
    /// <returns>False when no registration has this token.</returns>
    public async Task<bool> ReplaceAsync(string token, CancellationToken ct)
    {
        var registration = await db.Registrations.WithToken(token).SingleOrDefaultAsync(ct);
        if (registration is null)
        {
            return false;
        }
        var replaced = registration.BookingId is { } bookingId
            ? await db.Registrations.Where(r => r.BookingId == bookingId).ToListAsync(ct)
            : [registration];
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in replaced)
        {
            links.Issue(r);
            r.UpdatedAtUtc = now;
            audit.Add(AuditAction.PersonalLinkReplaced, r.EventId, AuditTrail.TargetOf("registration", r.Id),
                FormattableString.Invariant($"link version {r.LinkVersion}"), actorName: "registrant");
        }
        await db.SaveChangesAsync(ct);
        var id = registration.Id;
        jobs.Enqueue<IRegistrationEmailJobs>(j => j.SendAsync(id, EmailKind.LinkReplaced, CancellationToken.None));
        return true;
    }
}
