namespace Events.Core.Retention;

public static class RetentionSetup
{
    /// <summary>Both hosts: the web erases on an organiser's request, the worker on schedule (see <c>RecurringJobs</c>).</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services) => services
        .AddScoped<RetentionPeriod>()
        .AddScoped<PersonalDataEraser>()
        .AddScoped<IRetentionJobs, RetentionJobs>();
}
