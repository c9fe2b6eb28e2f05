using Events.Core.Audit;

namespace Events.Web.Audit;

public static class AuditSetup
{
    /// <summary>Call before <c>AddEventsJobs</c>, which otherwise registers the system actor.</summary>
    public static IServiceCollection AddRequestAuditActor(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, RequestActor>();
        return services;
    }
}
