using System.Threading.RateLimiting;

namespace Events.Web.Infrastructure;

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicWrite = "public-write";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PerIp(context, o => o.SignInPerMinute));
            // Reads pass free, so a whole page (its GET and its form posts) can carry this policy.
            options.AddPolicy(PublicWrite, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : PerIp(context, o => o.PublicWritesPerMinute));
        });
        return services;
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
