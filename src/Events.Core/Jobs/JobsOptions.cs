using System.ComponentModel.DataAnnotations;

namespace Events.Core.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>Sqlite</c> (embedded default), <c>Postgres</c> (production), or <c>InMemory</c> (tests).</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres|InMemory)$", ErrorMessage = "Jobs:Storage must be Sqlite, Postgres or InMemory.")]
    public string Storage { get; set; } = "Sqlite";

    /// <summary>Run the job server inside the web process (the one-command default). Production runs Events.Worker instead.</summary>
    public bool RunServerInWeb { get; set; } = true;

    /// <summary>Defaults to the database's connection string for Postgres.</summary>
    public string? ConnectionString { get; set; }

    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// How long a job fetched by a worker that then died stays invisible before another worker takes it. PostgreSQL
    /// keeps a running job's fetch fresh (sliding), so this only bounds how late a dead worker's jobs go out; SQLite
    /// refreshes nothing, so it must also exceed the longest job (a second run is harmless: delivery keys and leases).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Jobs:InvisibilityTimeout must be between 00:00:05 and 1.00:00:00.")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claimed email keeps other workers off it. Longer than one send (a batch over one connection) takes,
    /// and shorter than <see cref="InvisibilityTimeout"/>, so a dead worker's job, when taken back, finds its claims expired.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "1.00:00:00", ErrorMessage = "Jobs:DeliveryLease must be between 00:00:02 and 1.00:00:00.")]
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(2);
}
