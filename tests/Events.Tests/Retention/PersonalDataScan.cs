using Events.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Retention;

/// <summary>Reads every text value the app keeps (each column of each table of both databases, each file of the drop folder) for given strings.</summary>
internal static class PersonalDataScan
{
    /// <summary>Where each string was found, as <c>Table.Column</c>, <c>jobs:Table.Column</c> or <c>mail</c>.</summary>
    public static async Task<SortedSet<string>> FindAsync(EventsApp app, string mailDirectory, IReadOnlyCollection<string> secrets)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var (connectionString, modelTables) = await app.WithDbAsync(db => Task.FromResult((
            db.Database.GetConnectionString()!,
            db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().ToHashSet(StringComparer.Ordinal))));
        var tables = await ScanDatabaseAsync(connectionString, "", secrets, found);
        Assert.Subset(tables, modelTables);

        var jobTables = await ScanDatabaseAsync($"Data Source={Path.Combine(app.DataDirectory, "jobs.db")};Mode=ReadOnly", "jobs:", secrets, found);
        Assert.Contains(jobTables, t => t.Equals("Job", StringComparison.OrdinalIgnoreCase));

        foreach (var file in Directory.Exists(mailDirectory) ? Directory.EnumerateFiles(mailDirectory, "*", SearchOption.AllDirectories) : [])
        {
            var text = await File.ReadAllTextAsync(file);
            if (secrets.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add("mail");
            }
        }
        return found;
    }

    /// <summary>Every column of every table, whatever its declared type: SQLite keeps text wherever it is put.</summary>
    private static async Task<HashSet<string>> ScanDatabaseAsync(string connectionString, string prefix, IReadOnlyCollection<string> secrets, SortedSet<string> found)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
        foreach (var table in tables)
        {
            foreach (var column in await ReadAsync(connection, $"SELECT name FROM pragma_table_info('{table}')"))
            {
                foreach (var value in await ReadAsync(connection, $"SELECT \"{column}\" FROM \"{table}\""))
                {
                    if (secrets.Any(s => value.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add($"{prefix}{table}.{column}");
                    }
                }
            }
        }
        return tables.ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<List<string>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(0) && reader.GetValue(0) is var value)
            {
                values.Add(value as string ?? (value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            }
        }
        return values;
    }
}
