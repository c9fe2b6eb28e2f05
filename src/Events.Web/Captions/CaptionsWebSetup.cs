using Events.Core.Captions;

namespace Events.Web.Captions;

public static class CaptionsWebSetup
{
    public static IServiceCollection AddCaptions(this IServiceCollection services)
    {
        services.AddOptions<CaptionOptions>().BindConfiguration(CaptionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CaptionRateLimiter>();
        return services.AddCaptionDesk();
    }
}
