using Events.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Data;

/// <summary>The SQLite settings are on every connection EF hands out, fresh or from the pool, set once per native connection.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "events-tests", Guid.NewGuid().ToString("N"));

    public SqlitePragmasTests() => Directory.CreateDirectory(_directory);

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "events.db")}";

    [Fact]
    public async Task EveryConnection_IsInWal_WithSynchronousNormal_AndTheBusyTimeout_FreshOrFromThePool()
    {
        var fresh = await SettingsAsync();
        var pooled = await SettingsAsync();
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        var afterClear = await SettingsAsync();

        Assert.All(new[] { fresh, pooled, afterClear }, s => Assert.Equal(("wal", 1L, 30000L), s));
        // WAL is the file's: a plain connection finds it. synchronous is the connection's: SQLite's default (FULL) there.
        await using var plain = new SqliteConnection(ConnectionString + ";Pooling=False");
        await plain.OpenAsync();
        Assert.Equal("wal", await ScalarAsync<string>(plain, "PRAGMA journal_mode"));
        Assert.Equal(2L, await ScalarAsync<long>(plain, "PRAGMA synchronous"));
    }

    [Fact]
    public async Task ThePragmas_RunOncePerNativeConnection_NotOnEveryOpenFromThePool()
    {
        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();
            await ScalarAsync<long>(db.Database.GetDbConnection(), "PRAGMA busy_timeout=1234");
        }
        // The pool hands the same native connection back: had the pragmas run again, the timeout would be 30000.
        Assert.Equal(1234L, (await SettingsAsync()).BusyTimeout);

        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        Assert.Equal(30000L, (await SettingsAsync()).BusyTimeout);
    }

    private async Task<(string JournalMode, long Synchronous, long BusyTimeout)> SettingsAsync()
    {
        await using var db = Context();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        return (await ScalarAsync<string>(connection, "PRAGMA journal_mode"), await ScalarAsync<long>(connection, "PRAGMA synchronous"),
            await ScalarAsync<long>(connection, "PRAGMA busy_timeout"));
    }

    private SqliteEventsDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SqliteEventsDbContext>();
        DataServiceCollectionExtensions.UseSqlite(options, ConnectionString);
        return new SqliteEventsDbContext(options.Options);
    }

    private static async Task<T> ScalarAsync<T>(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        Directory.Delete(_directory, recursive: true);
    }
}
