using System.Security.Claims;
using Events.Core.Live;
using Events.Core.Teams;

namespace Events.Web.Live;

/// <summary>Decides who someone is in one event's live session, from either the staff account or the live cookie.</summary>
public sealed class LiveAccess(EventsDbContext db, TeamAccess teams)
{
    /// <summary>Moderator or above on this event's team (or its forum's), or a site administrator.</summary>
    public Task<bool> IsStaffForAsync(ClaimsPrincipal user, int eventId, CancellationToken ct) =>
        user.Identity?.IsAuthenticated == true ? teams.MayActOnEventAsync(user, eventId, TeamRole.Moderator, ct) : Task.FromResult(false);

    /// <summary>The participant for this event, or null when the user is not admitted to it.</summary>
    public async Task<Participant?> ResolveAsync(ClaimsPrincipal user, int eventId, CancellationToken ct)
    {
        if (await IsStaffForAsync(user, eventId, ct))
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
            return new Participant(ParticipantRole.Staff, eventId, Participant.StaffKey(userId), user.Identity?.Name ?? "Moderator", "en", null);
        }
        if (user.FindFirstValue(LiveClaims.EventId) != eventId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return null;
        }
        if (int.TryParse(user.FindFirstValue(LiveClaims.RegistrationId), out var registrationId))
        {
            // Read afresh: a registration cancelled or erased since the cookie was issued no longer admits.
            var registration = await db.Registrations.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, ct);
            return registration is null ? null
                : new Participant(ParticipantRole.Attendee, eventId, Participant.AttendeeKey(registration.Id), registration.Name, registration.Language, registration.Id);
        }
        var guestId = user.FindFirstValue(LiveClaims.GuestId);
        var open = await db.Events.AnyAsync(e => e.Id == eventId && e.OpenQuestions, ct);
        return guestId is null || !open ? null
            : new Participant(ParticipantRole.Guest, eventId, Participant.GuestKey(guestId), user.FindFirstValue(LiveClaims.GuestName) ?? "Guest",
                user.FindFirstValue(LiveClaims.Language) ?? "en", null);
    }
}
