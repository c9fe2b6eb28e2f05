using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Events.Web.Live;

/// <summary>Turns a personal link (or, for open Q&amp;A, a display name) into a session for one event only.</summary>
public static class LiveSignIn
{
    public static Task AttendeeAsync(HttpContext http, Registration registration, Event ev) =>
        SignInAsync(http, ev, [new(LiveClaims.RegistrationId, registration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public static Task GuestAsync(HttpContext http, Event ev, string displayName, string language) =>
        SignInAsync(http, ev, [
            new(LiveClaims.GuestId, Guid.NewGuid().ToString("N")),
            new(LiveClaims.GuestName, displayName),
            new(LiveClaims.Language, language),
        ]);

    private static Task SignInAsync(HttpContext http, Event ev, List<Claim> claims)
    {
        claims.Add(new(LiveClaims.EventId, ev.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, LiveClaims.Scheme));
        // The session lasts the event and a margin for the wrap-up, then the personal link is needed again.
        var clock = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var eventEnd = new DateTimeOffset(DateTime.SpecifyKind(ev.EndsAtUtc, DateTimeKind.Utc));
        var expires = (eventEnd > clock ? eventEnd : clock).AddHours(12);
        return http.SignInAsync(LiveClaims.Scheme, principal, new AuthenticationProperties { IsPersistent = true, ExpiresUtc = expires });
    }
}
