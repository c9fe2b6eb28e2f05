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
}
