using Events.Web.Live;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Events.Web.Pages.Live;

/// <summary>
/// The staff policy for live staff pages, for any method. Not [Authorize]: an attendee (live cookie, no account)
/// gets a plain 403 rather than a sign-in page they have no account for. The event is checked by the page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StaffOnlyAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            var live = await http.AuthenticateAsync(LiveClaims.Scheme);
            context.Result = live.Succeeded ? new StatusCodeResult(StatusCodes.Status403Forbidden) : new ChallengeResult();
            return;
        }
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(http.User, Policies.Staff)).Succeeded)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }
}
