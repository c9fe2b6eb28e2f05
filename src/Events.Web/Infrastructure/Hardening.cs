using Microsoft.AspNetCore.HttpOverrides;

namespace Events.Web.Infrastructure;

/// <summary>What a deployment behind a TLS proxy and with several instances needs: see each part.</summary>
public static class Hardening
{
    /// <summary>Call after the authentication schemes are added, so their cookies are hardened too.</summary>
    public static IServiceCollection AddHardening(this IServiceCollection services)
    {
        services.AddSharedKeys();
        services.AddForwardedProxies();
        services.AddSecureCookies();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme, not the proxy's.</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Only over HTTPS (the middleware skips plain requests) and never for localhost.
        if (!app.Environment.IsDevelopment() && SiteAddress.IsHttps(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value))
        {
            app.UseHsts();
        }
        return app;
    }

    /// <summary>The OpenAPI document describes every staff endpoint: in Production only staff may read it.</summary>
    public static void MapApiDocument(this WebApplication app)
    {
        var document = app.MapOpenApi();
        if (app.Environment.IsProduction())
        {
            document.RequireAuthorization(Policies.Staff);
        }
    }
}
