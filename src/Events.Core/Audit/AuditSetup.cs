namespace Events.Core.Audit;

public static class AuditSetup
{
    /// <summary>The log's reader and its retention job, for both hosts (the worker runs the job, the web reads the log).</summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddScoped<AuditLog>().AddScoped<IAuditRetentionJobs, AuditRetention>();
}
