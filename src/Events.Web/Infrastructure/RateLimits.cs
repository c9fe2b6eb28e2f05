using System.Threading.RateLimiting;

namespace Events.Web.Infrastructure;

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicWrite = "public-write";

    /// <summary>A GET that changes state (the personal link's admission sets a session): counted like a write.</summary>
    public const string Admission = "admission";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => WritesPerIp(context, o => o.SignInPerMinute));
            options.AddPolicy(PublicWrite, context => WritesPerIp(context, o => o.PublicWritesPerMinute));
            options.AddPolicy(Admission, context => PerIp(context, o => o.PublicWritesPerMinute));
            Organiser.Emails.EmailPreviewLimits.Add(options);
        });
        return services;
    }

    // Reads pass free, so a whole page (its GET and its form posts) can carry a policy: loading the sign-in page
    // again is not a sign-in attempt.
    private static RateLimitPartition<string> WritesPerIp(HttpContext context, Func<RateLimitOptions, int> limit)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }
        return PerIp(context, limit);
    }

    private static RateLimitPartition<string> PerIp(HttpContext context, Func<RateLimitOptions, int> limit)
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}

public sealed class RateLimitOptions
{
    public int SignInPerMinute { get; set; } = 10;
    public int PublicWritesPerMinute { get; set; } = 20;
}
