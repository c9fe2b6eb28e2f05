using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Logging;

namespace Events.Core.Jobs;

/// <summary>
/// Hangfire as services of this app: its own storage, client, recurring manager and activator, instead of
/// <c>AddHangfire</c>'s process-wide <see cref="JobStorage.Current"/>, so two apps in one process never share a queue.
/// </summary>
internal static class HangfireSetup
{
    /// <summary>Seconds before each retry: quick at first (a busy claim clears in seconds), hours at the end (a server down).</summary>
    internal static readonly int[] RetryDelaysInSeconds = [2, 5, 10, 30, 60, 300, 900, 1800, 3600, 7200];

    private static readonly Lazy<bool> SerializerSettings = new(() =>
    {
        // These live in Hangfire's statics whatever we do; every app sets the same values, so sharing them is harmless.
        GlobalConfiguration.Configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        // Hangfire's default first retry waits 15–45 s, then the 15 s schedule poll: an email job that found its keys
        // busy (another worker's live claim) would keep a registrant waiting a minute or more for a few seconds' clash.
        GlobalJobFilters.Filters.Remove<AutomaticRetryAttribute>();
        GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute { Attempts = RetryDelaysInSeconds.Length, DelaysInSeconds = RetryDelaysInSeconds });
        return true;
    });

    public static IServiceCollection AddAppHangfire(this IServiceCollection services, JobsOptions jobs, DatabaseOptions database, bool runServer)
    {
        _ = SerializerSettings.Value;
        // A factory registration: the container creates the storage on first use and disposes it with the app.
        services.AddSingleton(sp =>
        {
            LogProvider.SetCurrentLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            return CreateStorage(jobs, database);
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        // AddHangfireServer and MapHangfireDashboard only check that this marker is registered; nothing is configured through it.
        services.AddSingleton<IGlobalConfiguration>(_ => GlobalConfiguration.Configuration);
        services.AddSingleton(_ => DashboardRoutes.Routes);
        if (runServer)
        {
            // The server takes this app's JobStorage and JobActivator from the container (JobStorage.Current only if none is registered).
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = jobs.WorkerCount;
                // Retries and delayed jobs are moved to the queue at this poll; the 15 s default would add to each retry's delay.
                o.SchedulePollingInterval = TimeSpan.FromSeconds(2);
            });
        }
        return services;
    }

    private static JobStorage CreateStorage(JobsOptions jobs, DatabaseOptions database)
    {
        switch (jobs.Storage)
        {
            case "InMemory":
                return new InMemoryStorage();
            case "Postgres":
                var connection = jobs.ConnectionString ?? database.ConnectionString
                    ?? throw new InvalidOperationException("Jobs:ConnectionString (or Database:ConnectionString) is required for Postgres job storage.");
                var options = new PostgreSqlStorageOptions
                {
                    // The 30 min default would leave a killed worker's jobs (and their emails) stranded for half an hour.
                    InvisibilityTimeout = jobs.InvisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, options), options);
            default:
                Directory.CreateDirectory(database.DataDirectory);
                // The default one-command run should deliver within seconds, not at the 15 s default poll.
                return new SQLiteStorage(Path.Combine(database.DataDirectory, "jobs.db"),
                    new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), InvisibilityTimeout = jobs.InvisibilityTimeout });
        }
    }
}
