using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Organiser.Emails;

/// <summary>Test copies per signed-in organiser: enough to check every message, too few to use the site as a mail cannon.</summary>
public static class EmailPreviewLimits
{
    public const string TestCopies = "email-test-copies";

    public static void Add(RateLimiterOptions options) => options.AddPolicy(TestCopies, context =>
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }
        var limit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:TestEmailsPerMinute", 6);
        var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
    });
}
