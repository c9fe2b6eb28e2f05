using System.Threading.RateLimiting;

namespace Events.Web.Captions;

/// <summary>Per-captioner limit on sends, shared by the console and the ingest endpoint, kept in this process.</summary>
public sealed class CaptionRateLimiter(IOptions<CaptionOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _sends = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SendsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TrySend(string userId)
    {
        using var lease = _sends.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _sends.Dispose();
}
