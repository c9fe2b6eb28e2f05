using Events.Tests.Infrastructure;
using Events.Tests.Tokens;
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
        var (tables, modelTables) = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            return ((await DatabaseScan.TablesAsync(connection)).ToHashSet(StringComparer.Ordinal),
                db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().ToHashSet(StringComparer.Ordinal));
        });
        // Every table the model has was read (a table missing would be a scan that proves nothing).
        Assert.Subset(tables, modelTables);
        AddFound(await DatabaseScan.TextValuesAsync(app), "", secrets, found);

        await using (var jobs = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "jobs.db")};Mode=ReadOnly"))
        {
            await jobs.OpenAsync();
            Assert.Contains(await DatabaseScan.TablesAsync(jobs), t => t.Equals("Job", StringComparison.OrdinalIgnoreCase));
            AddFound(await DatabaseScan.TextValuesAsync(jobs), "jobs:", secrets, found);
        }

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

    private static void AddFound(IEnumerable<(string Table, string Column, string Value)> values, string prefix, IReadOnlyCollection<string> secrets, SortedSet<string> found)
    {
        foreach (var (table, column, value) in values)
        {
            if (secrets.Any(s => value.Contains(s, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add($"{prefix}{table}.{column}");
            }
        }
    }
}
