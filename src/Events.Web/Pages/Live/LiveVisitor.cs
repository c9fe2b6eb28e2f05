using System.Security.Claims;
using Events.Web.Live;
using Microsoft.AspNetCore.Authentication;

namespace Events.Web.Pages.Live;

/// <summary>
/// Pages authenticate with the staff cookie only; live pages also need the attendee/guest cookie, as the hub does.
/// </summary>
public static class LiveVisitor
{
    public static async Task<ClaimsPrincipal> WithLiveCookieAsync(HttpContext http)
    {
        var live = await http.AuthenticateAsync(LiveClaims.Scheme);
        if (live.Principal?.Identity?.IsAuthenticated != true)
        {
            return http.User;
        }
        var combined = new ClaimsPrincipal(http.User.Identities.Where(i => i.IsAuthenticated));
        combined.AddIdentities(live.Principal.Identities);
        return combined;
    }
}
