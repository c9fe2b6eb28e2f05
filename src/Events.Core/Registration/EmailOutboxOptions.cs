using System.ComponentModel.DataAnnotations;

namespace Events.Core.Registrations;

public sealed class EmailOutboxOptions
{
    public const string Section = "EmailOutbox";

    /// <summary>Emails per Hangfire job: one job (one storage write) carries this many.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>After a signal, how long to let more commits join the batch before draining.</summary>
    [Range(0, 5_000)]
    public int GatherMilliseconds { get; set; } = 20;

    /// <summary>The sweep without a signal: rows written by another process (the worker, another web instance).</summary>
    [Range(100, 600_000)]
    public int SweepMilliseconds { get; set; } = 2_000;

    /// <summary>
    /// How long a handed-over email may stay unsettled before it is handed over again: longer than a job normally waits
    /// and runs (a second hand-over is harmless, the delivery key sends once), short enough that a lost job is repaired.
    /// </summary>
    [Range(5, 86_400)]
    public int RedispatchSeconds { get; set; } = 900;
}
