using Events.Core.Polls;
using Events.Web.Live.Feeds;

namespace Events.Web.Polls;

public static class PollsSetup
{
    /// <summary>The organiser's poll editor, live answering and the coalesced results feed.</summary>
    public static IServiceCollection AddPolls(this IServiceCollection services)
    {
        services.AddScoped<PollEditor>();
        services.AddScoped<PollVoting>();
        services.AddScoped<PollLive>();
        services.AddLiveFeed<PollResultsFeed>();
        return services;
    }
}
