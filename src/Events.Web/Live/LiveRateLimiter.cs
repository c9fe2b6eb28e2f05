using System.Threading.RateLimiting;

namespace Events.Web.Live;

/// <summary>
/// Per-participant limits on the hub's public methods, kept in this process (each instance limits its own share).
/// <see cref="LiveHubLimits"/> applies them to every call.
/// </summary>
public sealed class LiveRateLimiter(IOptions<LiveOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _questions = PerKey(options.Value.QuestionsPerMinute);
    private readonly PartitionedRateLimiter<string> _votes = PerKey(options.Value.VotesPerMinute);
    private readonly PartitionedRateLimiter<string> _joins = PerKey(options.Value.JoinsPerMinute);
    private readonly PartitionedRateLimiter<string> _channels = PerKey(options.Value.ChannelSwitchesPerMinute);
    private readonly PartitionedRateLimiter<string> _pollAnswers = PerKey(options.Value.PollAnswersPerMinute);

    public bool TryAsk(string participantKey) => Acquire(_questions, participantKey);

    public bool TryVote(string participantKey) => Acquire(_votes, participantKey);

    public bool TryJoin(string participantKey) => Acquire(_joins, participantKey);

    public bool TrySelectChannel(string participantKey) => Acquire(_channels, participantKey);

    public bool TryAnswerPoll(string participantKey) => Acquire(_pollAnswers, participantKey);

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
        _joins.Dispose();
        _channels.Dispose();
        _pollAnswers.Dispose();
    }
}
