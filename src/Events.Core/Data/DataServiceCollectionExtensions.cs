using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Events.Core.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddEventsData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, Live.LiveVersionInterceptor>();

        var db = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Each provider has its own context subclass so that each keeps its own migrations. Pooled: a request then
        // reuses a context with its EF services already resolved, and the options are built once, not per scope
        // (together a sixth of a registration's CPU); so the interceptors are singletons, keeping per-save state per context.
        if (db.IsSqlite)
        {
            services.AddDbContextPool<EventsDbContext, SqliteEventsDbContext>((sp, o) => UseSqlite(o, db.ResolveConnectionString()).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            services.AddDbContextPool<EventsDbContext, PostgresEventsDbContext>((sp, o) => UsePostgres(o, db.ResolveConnectionString()).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        return services;
    }

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(SqlitePragmas.Instance);

    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
}
