namespace Events.Core.Captions;

public static class CaptionsSetup
{
    public static IServiceCollection AddCaptionDesk(this IServiceCollection services) => services.AddScoped<CaptionDesk>();
}
