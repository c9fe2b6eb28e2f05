using System.Security.Claims;
using Events.Core.Audit;

namespace Events.Web.Audit;

/// <summary>The audit actor in a request: the signed-in staff member, else "anonymous".</summary>
public sealed class RequestActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => Staff?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Outside a request (start-up tasks, the command line) the app itself acts.</summary>
    public string Name => http.HttpContext is null ? "system" : Staff?.FindFirstValue(ClaimTypes.Email) ?? Staff?.Identity?.Name ?? "anonymous";

    private ClaimsPrincipal? Staff => http.HttpContext?.User is { Identity.IsAuthenticated: true } user
        && user.Identity.AuthenticationType == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme ? user : null;
}
