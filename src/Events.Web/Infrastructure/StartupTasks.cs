using Events.Web.Demo;

namespace Events.Web.Infrastructure;

public static class StartupTasks
{
    public static IServiceCollection AddStartupTasks(this IServiceCollection services)
    {
        services.AddScoped<AccountAdmin>();
        services.AddScoped<DemoLoader>();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
