using System.Net;
using Events.Tests.Infrastructure;
using Events.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Authorisation;

/// <summary>
/// Walks every endpoint the app maps. Anything not on the public list must refuse anonymous callers and
/// signed-in users without a role, so a new endpoint that forgets its authorisation fails here.
/// </summary>
public sealed class AuthorisationTests : IDisposable
{
    private static readonly HashSet<string> PublicRoutes =
    [
        "GET /",
        "POST /",
        "GET /Index",
        "POST /Index",
        "GET /events/{slug}",
        "GET /events/{slug}/calendar.ics",
        "POST /events/{slug}",
        "GET /api/events/",
        "GET /api/events/{slug}",
        "GET /api/forums/", "GET /api/forums/{slug}", "GET /forums", "POST /forums", "GET /forums/{slug}", "POST /forums/{slug}",
        "POST /api/events/{slug}/registrations",
        "GET /r/{token}",
        "GET /r/{token}/live",
        "GET /events/{slug}/live",
        "POST /events/{slug}/live",
        "POST /r/{token}",
        "PUT /api/registrations/{token}",
        "POST /api/registrations/{token}/confirm-email",
        "POST /api/registrations/{token}/replace-link",
        "GET /api/registrations/{token}/export",
        "GET /account/login",
        "POST /account/login",
        "GET /account/logout",
        "POST /account/logout",
        "GET /account/denied",
        "POST /account/denied",
        "GET /account/invite/{token}",
        "POST /account/invite/{token}",
        "GET /account/login/two-factor", "POST /account/login/two-factor",
        "GET /account/forgot", "POST /account/forgot", "GET /account/reset/{token}", "POST /account/reset/{token}",
        "POST /api/account/login",
        "GET /language/{code}",
        "GET /health",
        "GET /health/ready",
        "HEAD /health",
        "HEAD /health/ready",
        "GET /openapi/{documentName}.json",
    ];

    /// <summary>Open to any signed-in account, whatever its role.</summary>
    private static readonly HashSet<string> AnyAccountRoutes = ["POST /api/account/logout", "GET /api/account/me",
        "GET /account/security", "POST /account/security", "GET /account/password", "POST /account/password",
        "GET /account/password/choose", "POST /account/password/choose"];

    /// <summary>Public GETs that change state (the personal link's admission sets a session): limited like writes.</summary>
    private static readonly HashSet<string> StateChangingGets = ["GET /r/{token}/live"];

    private static readonly HashSet<string> Limits = [RateLimits.SignIn, RateLimits.PublicWrite, RateLimits.Admission, RateLimits.GuestJoin];

    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private List<(string Method, string Route)> ProtectedEndpoints()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var all = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (IsStaticAsset(route))
            {
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            if (route.EndsWith("/negotiate", StringComparison.Ordinal))
            {
                // SignalR's negotiate answers POST only; a GET never reaches it.
                methods = ["POST"];
            }
            all.AddRange(methods.Select(m => (m, route)));
        }
        return all.Where(e => !PublicRoutes.Contains($"{e.Item1} {e.Item2}")).Distinct().ToList();
    }

    /// <summary>
    /// MapStaticAssets maps each file of wwwroot (a fixed path with an extension, fingerprinted or not) and, while
    /// developing, a file fallback: public by nature, and none of them a page or an API.
    /// </summary>
    private static bool IsStaticAsset(string route) =>
        route == "/{**path:file}" || (!route.Contains('{', StringComparison.Ordinal) && Path.HasExtension(route) && !route.StartsWith("/api/", StringComparison.Ordinal));

    private static string Fill(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}",
        m => m.Groups[2].Value.StartsWith(":int", StringComparison.Ordinal) ? "1" : m.Groups[1].Value == "slug" ? "forum-2021" : "x");

    [Fact]
    public async Task EveryNonPublicEndpoint_RefusesAnonymousAndRoleLessCallers()
    {
        var endpoints = ProtectedEndpoints();
        Assert.Contains(("POST", "/api/organiser/events/"), endpoints);
        var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var nobody = await _app.SignedInAsync("nobody@example.org", role: null);
        var failures = new List<string>();
        foreach (var (method, route) in endpoints)
        {
            var url = Fill(route);
            var anon = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
            var isLoginRedirect = anon.StatusCode == HttpStatusCode.Redirect && anon.Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) == true;
            if (anon.StatusCode != HttpStatusCode.Unauthorized && !isLoginRedirect)
            {
                failures.Add($"anonymous {method} {url} -> {(int)anon.StatusCode}");
            }
            if (AnyAccountRoutes.Contains($"{method} {route}"))
            {
                continue;
            }
            var roleLess = await nobody.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
            var isDeniedRedirect = roleLess.StatusCode == HttpStatusCode.Redirect && roleLess.Headers.Location?.ToString().Contains("/account/denied", StringComparison.Ordinal) == true;
            if (roleLess.StatusCode != HttpStatusCode.Forbidden && !isDeniedRedirect)
            {
                failures.Add($"role-less {method} {url} -> {(int)roleLess.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task OrganiserEndpoints_RefuseModerators()
    {
        var moderator = await _app.ModeratorAsync();
        var failures = new List<string>();
        foreach (var (method, route) in ProtectedEndpoints().Where(e => e.Route.StartsWith("/api/organiser", StringComparison.Ordinal)))
        {
            var response = await moderator.SendAsync(new HttpRequestMessage(new HttpMethod(method), Fill(route)) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"moderator {method} {route} -> {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>
    /// Every public write carries a named rate limit on its own endpoint (there is no global limiter to fall back on):
    /// minimal API writes, each Razor page with a POST handler (its PageModel's attribute), and state-changing GETs.
    /// </summary>
    [Fact]
    public async Task EveryPublicWrite_CarriesARateLimitPolicy()
    {
        var loader = _app.Services.GetRequiredService<PageLoader>();
        var checkedCount = 0;
        var failures = new List<string>();
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (IsStaticAsset(route))
            {
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            var publicWrites = methods.Where(m => PublicRoutes.Contains($"{m} {route}")
                && (StateChangingGets.Contains($"{m} {route}") || m is not ("GET" or "HEAD" or "OPTIONS"))).ToList();
            if (publicWrites.Count == 0)
            {
                continue;
            }
            var metadata = endpoint.Metadata;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                if (!compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    // A POST to a page without a POST handler runs no code of ours (antiforgery answers first).
                    continue;
                }
                metadata = new EndpointMetadataCollection(compiled.EndpointMetadata);
            }
            checkedCount++;
            var policy = metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            if (policy is null || !Limits.Contains(policy) || metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
            {
                failures.Add($"{string.Join(",", publicWrites)} {route} -> {policy ?? "no limit"}");
            }
        }
        Assert.Empty(failures);
        Assert.True(checkedCount >= 10, $"only {checkedCount} public writes found");
    }
}
