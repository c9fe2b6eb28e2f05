namespace Events.Tests.Infrastructure;

/// <summary>
/// Where the tests find PostgreSQL and Redis. Locally without them the tests that need them skip with
/// a message saying what to install; under CI=true they never skip, so a missing service fails.
/// </summary>
public static class Services
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>An admin connection string to a server where the tests may create databases.</summary>
    public static string? Postgres => Environment.GetEnvironmentVariable("EVENTS_TEST_POSTGRES");

    public static string? Redis => Environment.GetEnvironmentVariable("EVENTS_TEST_REDIS");

    public static string Chromium => Environment.GetEnvironmentVariable("EVENTS_TEST_CHROMIUM") ?? "/usr/bin/chromium";
}

public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Services.Postgres is null && !Services.InCi)
        {
            Skip = Reason("PostgreSQL", "apt-get install postgresql, then set EVENTS_TEST_POSTGRES (see .ci/run)");
        }
    }

    internal static string Reason(string what, string how) => $"Needs {what}: {how}.";
}

public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (Services.Redis is null && !Services.InCi)
        {
            Skip = PostgresFactAttribute.Reason("Redis", "apt-get install redis-server, then set EVENTS_TEST_REDIS=127.0.0.1:6379");
        }
    }
}

public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Services.Chromium) && !Services.InCi)
        {
            Skip = PostgresFactAttribute.Reason("Chromium", "apt-get install chromium (or set EVENTS_TEST_CHROMIUM)");
        }
    }
}
