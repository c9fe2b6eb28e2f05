using System.Threading.RateLimiting;

namespace Events.Web.Live;

/// <summary>Per-participant limits on asking and voting, kept in this process (each instance limits its own share).</summary>
public sealed class LiveRateLimiter(IOptions<LiveOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _questions = PerKey(options.Value.QuestionsPerMinute);
    private readonly PartitionedRateLimiter<string> _votes = PerKey(options.Value.VotesPerMinute);

    public bool TryAsk(string participantKey) => Acquire(_questions, participantKey);

    public bool TryVote(string participantKey) => Acquire(_votes, participantKey);

    private static bool Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> PerKey(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        _questions.Dispose();
        _votes.Dispose();
    }
}
