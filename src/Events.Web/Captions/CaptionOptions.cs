using System.ComponentModel.DataAnnotations;

namespace Events.Web.Captions;

public sealed class CaptionOptions
{
    public const string Section = "Captions";

    /// <summary>Sends per captioner (console or ingest; a pasted block counts once): a fast human captioner stays far below.</summary>
    [Range(1, 10000)]
    public int SendsPerMinute { get; set; } = 120;
}
