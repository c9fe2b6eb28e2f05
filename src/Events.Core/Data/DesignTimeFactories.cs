using Microsoft.EntityFrameworkCore.Design;

namespace Events.Core.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; see the README.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEventsDbContext>
{
    public SqliteEventsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteEventsDbContext>();
        DataServiceCollectionExtensions.UseSqlite(builder, "Data Source=design-time.db");
        return new SqliteEventsDbContext(builder.Options);
    }
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEventsDbContext>
{
    public PostgresEventsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresEventsDbContext>();
        DataServiceCollectionExtensions.UsePostgres(builder, "Host=localhost;Database=events_design");
        return new PostgresEventsDbContext(builder.Options);
    }
}
