using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Events.Web.Infrastructure;

/// <summary>
/// What reaches a slow link. Static assets are served the .NET 9+ way (<c>MapStaticAssets</c>): compressed with brotli
/// and gzip at build time, fingerprinted URLs from the tag helpers (<c>asp-append-version</c>) and, for the modules'
/// own imports, from the import map (<see cref="ModuleImportMap"/>), cached as immutable; the plain URLs are
/// revalidated by ETag. Outside Development the assets are served as built (<c>ReloadStaticAssetsAtRuntime: false</c>
/// in appsettings.json): the runtime reloading meant for editing wwwroot would send them <c>no-cache</c> and, when a
/// file looks newer than its build, recompressed at level zero. Pages are compressed on the fly, but only where
/// BREACH has nothing to read: the attendee-facing pages under /events and /forums, whose only secret is the
/// antiforgery token, which is masked afresh in every response. Organiser, account and personal-link pages
/// (registrant lists, emails, links) and the APIs are sent as they are, so a reflected query string cannot be used
/// to guess what they carry from their length.
/// </summary>
public static class SiteAssets
{
    public static IServiceCollection AddSiteAssets(this IServiceCollection services)
    {
        services.AddSingleton<ModuleImportMap>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html"];
        });
        // Pages are made per request: a quick level saves most of the bytes without costing the server much.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UseCompressedPages(this WebApplication app)
    {
        app.UseWhen(context => IsAttendeePage(context.Request), branch => branch.UseResponseCompression());
        return app;
    }

    /// <summary>Static assets as endpoints; pages get the fingerprinted URLs (<c>WithStaticAssets</c> in Program).</summary>
    public static WebApplication MapSiteAssets(this WebApplication app)
    {
        app.MapStaticAssets();
        return app;
    }

    private static bool IsAttendeePage(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        var segments = request.Path.Value?.Trim('/').Split('/') ?? [];
        return segments is ["events", ..] or ["forums", ..] or [""];
    }
}
