using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Events.Core.Retention;

public static class RetentionSetup
{
    /// <summary>Both hosts: the web erases on an organiser's request, the worker on schedule.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services) => services
        .AddScoped<RetentionPeriod>()
        .AddScoped<PersonalDataEraser>()
        .AddScoped<IRetentionJobs, RetentionJobs>()
        .AddHostedService<RetentionSchedule>();
}

/// <summary>Declares the hourly retention run in the job storage; whichever host starts first writes the same entry.</summary>
internal sealed class RetentionSchedule(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<IRetentionJobs>(RetentionJobs.RecurringId, j => j.EraseDueAsync(CancellationToken.None), Cron.Hourly());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
