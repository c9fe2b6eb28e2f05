namespace Events.Web.Infrastructure;

/// <summary>
/// <c>Cache-Control: no-store</c> on every response the app builds, unless it set its own caching (static assets:
/// immutable when fingerprinted, revalidated otherwise), so
/// no browser, proxy or shared computer keeps a personal page, a registrant list or a sign-in answer. The only
/// exceptions are anonymous reads of public data that anyone may fetch: the public event and forum API and the
/// calendar feed. The public event page itself carries a registration form, whose antiforgery token is personal.
/// </summary>
public static class NoStore
{
    public static WebApplication UseNoStore(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!IsPublicRead(context.Request))
            {
                var response = context.Response;
                // Set when the response starts: static assets are endpoints now and state their own caching.
                response.OnStarting(() =>
                {
                    if (!response.Headers.ContainsKey("Cache-Control"))
                    {
                        response.Headers.CacheControl = "no-store";
                        response.Headers.Pragma = "no-cache";
                    }
                    return Task.CompletedTask;
                });
            }
            await next();
        });
        return app;
    }

    private static bool IsPublicRead(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        var segments = request.Path.Value?.Trim('/').Split('/') ?? [];
        return segments switch
        {
            ["api", "events"] or ["api", "events", _] => true,
            ["api", "forums"] or ["api", "forums", _] => true,
            ["events", _, "calendar.ics"] => true,
            ["health"] or ["health", "ready"] => true,
            _ => false,
        };
    }
}
