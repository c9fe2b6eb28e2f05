using Microsoft.AspNetCore.StaticAssets;

namespace Events.Web.Infrastructure;

public static class SecurityHeaders
{
    // No live page uses a camera, microphone or sensor; the present page may go full screen.
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), fullscreen=(self), geolocation=(), gyroscope=(), " +
        "hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), " +
        "serial=(), usb=(), xr-spatial-tracking=()";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var imageHosts = ImageHosts(app.Configuration);
        var importMap = app.Services.GetRequiredService<ModuleImportMap>();
        // 'self' also covers ws:/wss: to this origin (CSP 3), which is all the live hub needs. The import map is the
        // only inline script, allowed by its hash; it is known once the endpoints are, at the first request.
        var csp = new Lazy<string>(() => $"default-src 'self'; img-src 'self' data:{imageHosts}; style-src 'self'; " +
            $"script-src 'self' {importMap.CspSource}; connect-src 'self'; media-src 'self' https:; frame-ancestors 'none'; " +
            "base-uri 'self'; form-action 'self'; object-src 'none'");
        app.Use(async (context, next) =>
        {
            var response = context.Response;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            // The document policies mean nothing on a script or a stylesheet: left off static assets, whose headers
            // are a good part of their bytes once compressed.
            // Set before the page runs, so a page with a policy of its own (the email preview frame) can replace them.
            response.Headers.XFrameOptions = "DENY";
            response.Headers.ContentSecurityPolicy = csp.Value;
            response.Headers["Permissions-Policy"] = PermissionsPolicy;
            response.OnStarting(() =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
                {
                    response.Headers.Remove("X-Frame-Options");
                    response.Headers.Remove("Content-Security-Policy");
                    response.Headers.Remove("Permissions-Policy");
                }
                return Task.CompletedTask;
            });
            await next();
        });
        return app;
    }

    /// <summary><c>Site:ImageHosts</c>: origins speaker photos may come from, e.g. <c>https://images.example.org</c>.</summary>
    private static string ImageHosts(IConfiguration configuration)
    {
        var hosts = configuration.GetSection("Site:ImageHosts").Get<string[]>() ?? [];
        var origins = hosts.Select(host =>
            Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.PathAndQuery == "/" && uri.UserInfo.Length == 0
                ? uri.GetLeftPart(UriPartial.Authority)
                : throw new InvalidOperationException($"Site:ImageHosts: '{host}' is not an origin such as https://images.example.org."));
        return string.Concat(origins.Select(o => " " + o));
    }
}
