using Events.Core.Data;
using Events.Core.Demo;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Events.Tests.Data;

public sealed class MigrationTests
{
    // Both providers keep their own migrations; an entity changed without `scripts/add-migration.sh` fails here.
    [Fact]
    public void SqliteModel_HasNoChangesWithoutAMigration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model differs from its latest migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void PostgresModel_HasNoChangesWithoutAMigration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model differs from its latest migration: run scripts/add-migration.sh.");
    }

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
