namespace Events.Web.Pages.Events;

/// <summary>For the public page: a level of places (see <see cref="PlacesAvailability"/>). Null without a capacity.</summary>
public sealed record RegistrationAvailability(PlacesLevel Level)
{
    public static async Task<RegistrationAvailability?> ForAsync(EventsDbContext db, Event ev, CancellationToken ct)
    {
        if (ev.Capacity is null)
        {
            return null;
        }
        var taken = await db.Registrations.CountAsync(r => r.EventId == ev.Id && (r.Status == RegistrationStatus.Confirmed
            || (r.Status == RegistrationStatus.Unconfirmed && r.StatusOnceEmailConfirmed == RegistrationStatus.Confirmed)), ct);
        return new RegistrationAvailability(PlacesAvailability.Of(ev.Capacity.Value, ev.Capacity.Value - taken));
    }
}
