using System.Net;
using System.Text;
using Events.Core.Accounts;
using Events.Web.Accounts;
using Events.Web.Live;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Events.Tests.Hardening;

/// <summary>The site served over HTTPS behind a TLS proxy at 10.0.0.5: the app sees the proxy, the headers say who is behind it.</summary>
public sealed class ProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.9";

    private readonly Instance _app = new(new()
    {
        ["Site:BaseUrl"] = "https://events.example.org",
        ["Proxy:KnownProxies:0"] = Proxy,
        ["RateLimits:SignInPerMinute"] = "2",
    });

    private readonly HttpClient _client;

    public ProxyTests() => _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> SendAsync(string from, HttpMethod method, string path, string? forwardedFor = null, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "events.example.org";
        request.Headers.Add("X-Test-Peer", from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await _client.SendAsync(request);
    }

    private static string Cookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private static string SignIn(string password = "wrong password") => $$"""{"email":"organiser@example.org","password":"{{password}}"}""";

    [Fact]
    public async Task OverHttpsFromAKnownProxy_CookiesAreHostPrefixedAndSecure_AndHstsIsSent()
    {
        string password;
        using (var scope = _app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("organiser@example.org", "Organiser", Roles.Administrator);
        }

        var page = await SendAsync(Proxy, HttpMethod.Get, "/account/login", forwardedFor: "198.51.100.7");
        var signIn = await SendAsync(Proxy, HttpMethod.Post, "/api/account/login", forwardedFor: "198.51.100.7", body: SignIn(password));

        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = Cookie(page, "__Host-events.antiforgery");
        Assert.Contains("; secure", antiforgery, StringComparison.Ordinal);
        Assert.Contains("; path=/;", antiforgery, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", antiforgery, StringComparison.Ordinal);
        Assert.Equal(204, (int)signIn.StatusCode);
        Assert.Contains("; secure", Cookie(signIn, "__Host-events.auth"), StringComparison.Ordinal);
        var live = _app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(LiveClaims.Scheme).Cookie;
        Assert.Equal(("__Host-events.live", CookieSecurePolicy.Always, "/"), (live.Name, live.SecurePolicy, live.Path));
    }

    [Fact]
    public async Task FromAnUnknownAddress_ForwardedHeadersAreIgnored()
    {
        // A page without a form: a form page would refuse to write its Secure antiforgery cookie over plain HTTP.
        var page = await SendAsync(Stranger, HttpMethod.Get, "/health", forwardedFor: "198.51.100.7");
        Assert.Equal(200, (int)page.StatusCode);
        // Seen as plain HTTP, as it came: no HSTS (the cookies stay Secure, the site being HTTPS).
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));

        // A client that names itself differently each time still has one bucket: its own address.
        var statuses = new List<int>();
        foreach (var claimed in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" })
        {
            statuses.Add((int)(await SendAsync(Stranger, HttpMethod.Post, "/api/account/login", forwardedFor: claimed, body: SignIn())).StatusCode);
        }
        Assert.Equal([401, 401, 429], statuses);
    }

    [Fact]
    public async Task FromAKnownProxy_EachClientHasItsOwnRateLimit()
    {
        var first = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            first.Add((int)(await SendAsync(Proxy, HttpMethod.Post, "/api/account/login", forwardedFor: "198.51.100.1", body: SignIn())).StatusCode);
        }
        var other = await SendAsync(Proxy, HttpMethod.Post, "/api/account/login", forwardedFor: "198.51.100.2", body: SignIn());

        Assert.Equal([401, 401, 429], first);
        Assert.Equal(401, (int)other.StatusCode);
    }
}
