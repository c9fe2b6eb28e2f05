using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Core.Data;

/// <summary>
/// Each SQLite connection: write-ahead log (readers never wait for the writer, a commit appends instead of rewriting
/// pages), synchronous=NORMAL (in WAL mode a commit survives a crash of the process; only a power cut may lose the last
/// ones), and a busy timeout so a writer waits inside SQLite for the lock, retrying within a millisecond, rather than in
/// Microsoft.Data.Sqlite's coarse retry loop. The settings belong to the native connection, which the pool keeps open
/// across EF's many opens and closes: they are run once per native connection, not on every open (journal_mode is
/// even stored in the file).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    // The native connections already set; an entry goes with its connection when the pool lets it go.
    private readonly ConditionalWeakTable<object, object> _set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    // Remembered only once set: a native connection whose settings failed is set again at its next open.
    private bool IsNew(DbConnection connection) => connection is not SqliteConnection { Handle: { } handle } || !_set.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _set.AddOrUpdate(handle, handle);
        }
    }
}
