namespace Events.Web.Live.Feeds;

public static class LiveFeedsSetup
{
    public static IServiceCollection AddLiveFeeds(this IServiceCollection services)
    {
        services.AddSingleton<LiveFeeds>();
        services.AddSingleton<LiveFeedFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeedFlusher>());
        return services;
    }

    /// <summary>Registers a feed; mark its changes with <c>LiveFeeds.Mark&lt;TFeed&gt;</c>.</summary>
    public static IServiceCollection AddLiveFeed<TFeed>(this IServiceCollection services) where TFeed : class, ILiveFeed =>
        services.AddScoped<TFeed>();
}
