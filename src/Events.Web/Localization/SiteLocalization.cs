using Microsoft.AspNetCore.Localization;

namespace Events.Web.Localization;

public static class SiteLocalization
{
    public static readonly string[] Languages = ["en", "fr", "es"];

    public static IServiceCollection AddSiteLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<StringCatalog>();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        // Accented French and Spanish text goes out as characters, not entities (still HTML-encoded).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Order matters: an explicit ?lang= (or ?culture=) wins, then the remembered choice, then the browser.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static WebApplication UseSiteLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        // The switcher links to /language/{code}?returnUrl=…: remember the choice, go back.
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
        {
            if (Languages.Contains(code))
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            }
            var target = returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
