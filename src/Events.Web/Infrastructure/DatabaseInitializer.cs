using Events.Web.Demo;

namespace Events.Web.Infrastructure;

/// <summary>Runs before the server listens: migrations (when enabled), then the demo data (when enabled).</summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> database, IOptions<DemoOptions> demo,
    IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(services, database.Value, cancellationToken);
        // The links' secret is made (or read) now: made lazily inside a registration's transaction, its own insert
        // would wait on that transaction's lock on SQLite.
        _ = services.GetRequiredService<Events.Core.Links.LinkSecret>().Key;
        if (database.Value.IsSqlite)
        {
            // SQLite means one web process: any connection still open in the table was left by its last run.
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<Events.Core.Live.Presence>().CloseAllOpenAsync(cancellationToken);
        }
        if (demo.Value.Enabled)
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException("Demo:Enabled must not be set in the Production environment.");
            }
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync(cancellationToken);
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, DatabaseOptions options, CancellationToken cancellationToken)
    {
        if (!options.MigrateOnStart)
        {
            return;
        }
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
