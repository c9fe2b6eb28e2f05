using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Core.Data;

/// <summary>
/// Each SQLite connection EF opens: write-ahead log (readers never wait for the writer, a commit appends instead of
/// rewriting pages), synchronous=NORMAL (in WAL mode a commit survives a crash of the process; only a power cut may
/// lose the last ones), and a busy timeout so a writer waits inside SQLite for the lock, retrying within a millisecond,
/// rather than in Microsoft.Data.Sqlite's coarse retry loop. journal_mode is stored in the file; setting it again is a no-op.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
