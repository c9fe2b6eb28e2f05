using System.ComponentModel.DataAnnotations;

namespace Events.Core.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for the SQLite files (events and Hangfire) when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "data";

    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations at start. On by default for SQLite; production runs them as a release step.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsSqlite => Provider == "Sqlite";

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }
        if (!IsSqlite)
        {
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
        }
        Directory.CreateDirectory(DataDirectory);
        return $"Data Source={Path.Combine(DataDirectory, "events.db")}";
    }
}
