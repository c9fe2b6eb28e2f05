using Hangfire;

namespace Events.Core.Forums;

/// <summary>
/// Registers one person for several sessions of a forum at once. Each session goes through the <see cref="Registrar"/>
/// (its own capacity, approval, email confirmation and waiting list, under its lock); the booking groups them so that
/// one email confirms them all instead of one per session.
/// </summary>
public sealed class Booker(EventsDbContext db, Registrar registrar, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<BookingOutcome> BookAsync(Forum forum, BookingInput input, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(input.Website))
        {
            return new BookingOutcome(BookingResult.Ignored, new ValidationErrors(), null, []);
        }
        var errors = RegistrationRules.Validate(input.ForSession(), []);
        var events = await ChosenEventsAsync(forum.Id, input.Sessions ?? [], errors, ct);
        if (!errors.IsValid)
        {
            return new BookingOutcome(BookingResult.Invalid, errors, null, []);
        }
        var booking = new Booking
        {
            ForumId = forum.Id,
            Name = input.Name!.Trim(),
            Email = RegistrationRules.NormaliseEmail(input.Email),
            Language = input.Language!,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<Booking>().Add(booking);
        await db.SaveChangesAsync(ct);
        var sessions = new List<BookedSession>();
        foreach (var ev in events)
        {
            var outcome = await registrar.RegisterAsync(ev, input.ForSession(), ct, booking.Id);
            sessions.Add(new BookedSession(ev, outcome.Result, outcome.Registration));
        }
        // A session this person already had joins the booking, so the email and the personal page show it too.
        var earlier = sessions.Where(s => s.Result == RegisterResult.AlreadyRegistered).Select(s => s.Registration!.Id).ToList();
        await db.Registrations.Where(r => earlier.Contains(r.Id) && r.BookingId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BookingId, booking.Id), ct);
        var id = booking.Id;
        jobs.Enqueue<IBookingEmailJobs>(j => j.SendAsync(id, CancellationToken.None));
        return new BookingOutcome(BookingResult.Booked, errors, booking, sessions);
    }

    /// <summary>The ticked sessions by date; each must be one of the forum's open events without questions of its own to answer.</summary>
    private async Task<List<Event>> ChosenEventsAsync(int forumId, IReadOnlyList<string> slugs, ValidationErrors errors, CancellationToken ct)
    {
        var wanted = slugs.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            errors.Add("sessions", "Choose at least one session.");
            return [];
        }
        var events = await db.Events.AsNoTracking().Where(e => e.ForumId == forumId && wanted.Contains(e.Slug)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (events.Count != wanted.Count || events.Any(e => !e.IsOpenForRegistration(now)))
        {
            errors.Add("sessions", "Registration for one of these sessions is closed.");
        }
        var ids = events.Select(e => e.Id).ToList();
        if (await db.RegistrationQuestions.AnyAsync(q => ids.Contains(q.EventId) && q.Required, ct))
        {
            errors.Add("sessions", "One of these sessions asks questions of its own: register for it on its page.");
        }
        return events.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id).ToList();
    }
}
