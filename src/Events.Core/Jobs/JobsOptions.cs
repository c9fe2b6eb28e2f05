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
}
