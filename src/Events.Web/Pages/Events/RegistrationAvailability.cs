namespace Events.Web.Pages.Events;

/// <summary>Counts only, for the public page: how many places are left and how many wait. Null without a capacity.</summary>
public sealed record RegistrationAvailability(int PlacesLeft, int Waiting)
{
    public static async Task<RegistrationAvailability?> ForAsync(EventsDbContext db, Event ev, CancellationToken ct)
    {
        if (ev.Capacity is null)
        {
            return null;
        }
        var counts = await db.Registrations.Where(r => r.EventId == ev.Id)
            .GroupBy(r => new { r.Status, r.StatusOnceEmailConfirmed })
            .Select(g => new { g.Key.Status, g.Key.StatusOnceEmailConfirmed, Count = g.Count() }).ToListAsync(ct);
        int Count(RegistrationStatus status) => counts.Where(c => c.Status == status
            || (c.Status == RegistrationStatus.Unconfirmed && c.StatusOnceEmailConfirmed == status)).Sum(c => c.Count);
        return new RegistrationAvailability(Math.Max(0, ev.Capacity.Value - Count(RegistrationStatus.Confirmed)), Count(RegistrationStatus.WaitingList));
    }
}
