using Events.Core.Content;
using Events.Web.Localization;

namespace Events.Web.Pages.Registrations;

/// <summary>One session of a forum booking on the personal page: its registration, event title in the reader's language and local times.</summary>
public sealed record BookingSession(Registration Registration, Event Event, LocalizedText Title, DateTime Start, DateTime End)
{
    public bool CanCancel => Registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.Pending
        or RegistrationStatus.WaitingList or RegistrationStatus.Unconfirmed;

    public static async Task<IReadOnlyList<BookingSession>> ListAsync(EventsDbContext db, int bookingId, CancellationToken ct)
    {
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.BookingId == bookingId).ToListAsync(ct);
        var ids = registrations.Select(r => r.EventId).ToList();
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        return registrations.Select(r => events[r.EventId]).Zip(registrations)
            .Select(p => new BookingSession(p.Second, p.First, ReaderLanguage.For(p.First).Text(p.First.Translations, nameof(Event.Title), p.First.Title),
                EventTime.ToLocal(p.First.StartsAtUtc, p.First.TimeZone), EventTime.ToLocal(p.First.EndsAtUtc, p.First.TimeZone)))
            .OrderBy(s => s.Event.StartsAtUtc).ThenBy(s => s.Event.Id).ToList();
    }
}
