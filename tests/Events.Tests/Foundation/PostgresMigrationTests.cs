using Events.Core.Data;
using Events.Core.Demo;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Events.Tests.Foundation;

public sealed class PostgresMigrationTests
{
    [PostgresFact]
    public async Task Migrations_ApplyOnPostgres_AndTheModelEventRoundTrips()
    {
        Assert.True(Services.Postgres is not null, "EVENTS_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it.");
        var database = "events_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(Services.Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(Services.Postgres) { Database = database }.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgresEventsDbContext>();
        DataServiceCollectionExtensions.UsePostgres(options, connection);
        await using var db = new PostgresEventsDbContext(options.Options);

        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        db.Events.Add(ModelEvent.Build(DateTime.UtcNow));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var ev = await db.Events.Include(e => e.AgendaItems).SingleAsync();
        Assert.Equal(new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc), ev.StartsAtUtc);
        Assert.Equal(5, ev.AgendaItems.Count);
        Assert.Equal(3, ev.ExpectedOutcomes.Count);
        await db.Database.EnsureDeletedAsync();
    }
}
