using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Events.Web.Infrastructure;

/// <summary>
/// Where the site is served over HTTPS (<c>Site:BaseUrl</c>), every cookie that carries a session or a token is Secure
/// and named <c>__Host-…</c> (the browser then refuses it without Secure, with a Domain or off Path=/). Over plain HTTP
/// (development, tests) names and policies stay as they are, or the cookies would never come back.
/// </summary>
public static class SecureCookies
{
    public const string Prefix = "__Host-";

    public static IServiceCollection AddSecureCookies(this IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, HardenSchemeCookies>();
        services.AddOptions<AntiforgeryOptions>().PostConfigure<IOptions<SiteOptions>>((antiforgery, site) =>
            Harden(antiforgery.Cookie, site.Value, "events.antiforgery"));
        services.AddOptions<CookieTempDataProviderOptions>().PostConfigure<IOptions<SiteOptions>>((tempData, site) =>
            Harden(tempData.Cookie, site.Value, "events.tempdata"));
        return services;
    }

    internal static void Harden(CookieBuilder cookie, SiteOptions site, string? name)
    {
        if (!SiteAddress.IsHttps(site))
        {
            return;
        }
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Path = "/";
        cookie.Domain = null;
        if (name is not null && !name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            cookie.Name = Prefix + name;
        }
    }

    internal static bool IsApiDocument(HttpRequest request) => request.Path.StartsWithSegments("/openapi");

    internal static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}

/// <summary>Every cookie scheme, whoever added it: the staff sign-in, Identity's others and the live session.</summary>
internal sealed class HardenSchemeCookies(IOptions<SiteOptions> site) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        SecureCookies.Harden(options.Cookie, site.Value, options.Cookie.Name);
        // A machine-readable document answers 401/403 to a caller without the right account, like the API.
        var toLogin = options.Events.OnRedirectToLogin;
        var toDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context => SecureCookies.IsApiDocument(context.Request) ? SecureCookies.Status(context.Response, 401) : toLogin(context);
        options.Events.OnRedirectToAccessDenied = context => SecureCookies.IsApiDocument(context.Request) ? SecureCookies.Status(context.Response, 403) : toDenied(context);
    }
}
