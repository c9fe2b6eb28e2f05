using System.Threading.RateLimiting;

namespace Events.Web.Infrastructure;

/// <summary>
/// The named limits on what anyone may call without an account. Every anonymous write carries one of them
/// (the endpoint walk in the tests fails on one that does not).
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicWrite = "public-write";

    /// <summary>
    /// The personal link's admission (a GET that sets a session), counted per link: hundreds of colleagues behind one
    /// office address each bring their own link, while one link tried over and over is held back.
    /// </summary>
    public const string Admission = "admission";

    /// <summary>Open Q&amp;A's guest join: each mints a new identity, so an address may mint only so many a minute.</summary>
    public const string GuestJoin = "guest-join";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => WritesPerIp(context, o => o.SignInPerMinute));
            options.AddPolicy(PublicWrite, context => WritesPerIp(context, o => o.PublicWritesPerMinute));
            options.AddPolicy(GuestJoin, context => WritesPerIp(context, o => o.GuestsPerIpPerMinute));
            options.AddPolicy(Admission, context => PerToken(context, o => o.AdmissionsPerLinkPerMinute));
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
        return Fixed("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limit(Options(context)));
    }

    private static RateLimitPartition<string> PerToken(HttpContext context, Func<RateLimitOptions, int> limit) =>
        Fixed("token:" + (context.Request.RouteValues["token"] as string ?? ""), limit(Options(context)));

    private static RateLimitOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> Fixed(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}

public sealed class RateLimitOptions
{
    public int SignInPerMinute { get; set; } = 10;
    public int PublicWritesPerMinute { get; set; } = 20;
    public int AdmissionsPerLinkPerMinute { get; set; } = 10;
    public int GuestsPerIpPerMinute { get; set; } = 30;
}
