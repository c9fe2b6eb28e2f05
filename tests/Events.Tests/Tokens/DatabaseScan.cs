using System.Data.Common;
using System.Text;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Tokens;

/// <summary>Every text value in every table of a SQLite database: the model's tables and any other.</summary>
internal static class DatabaseScan
{
    /// <summary>The test app's own database.</summary>
    public static Task<List<(string Table, string Column, string Value)>> TextValuesAsync(EventsApp app) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>();
        return await TextValuesAsync(connection, modelTables);
    });

    /// <summary>Any SQLite database (e.g. the job storage's), whatever each column's declared type: SQLite keeps text wherever it is put.</summary>
    public static async Task<List<(string Table, string Column, string Value)>> TextValuesAsync(DbConnection connection, IEnumerable<string>? alsoTables = null)
    {
        var tables = new HashSet<string>(alsoTables ?? [], StringComparer.Ordinal);
        tables.UnionWith(await ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        var values = new List<(string, string, string)>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        string s => s,
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        _ => null,
                    };
                    if (text is not null)
                    {
                        values.Add((table, reader.GetName(i), text));
                    }
                }
            }
        }
        return values;
    }

    /// <summary>The tables present in the database.</summary>
    public static Task<List<string>> TablesAsync(DbConnection connection) => ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
