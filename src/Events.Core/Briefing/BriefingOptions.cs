using System.ComponentModel.DataAnnotations;

namespace Events.Core.Briefing;

public sealed class BriefingOptions
{
    public const string Section = "Briefing";

    /// <summary>How long before the start interpreters get their briefing, unless the event sets its own.</summary>
    [Range(1, 24 * 60)]
    public int HoursBefore { get; set; } = 48;
}
