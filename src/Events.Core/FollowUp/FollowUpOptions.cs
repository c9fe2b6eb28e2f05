using System.ComponentModel.DataAnnotations;

namespace Events.Core.FollowUps;

public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    /// <summary>How long after the event's end a scheduled follow-up goes, unless the organiser says otherwise.</summary>
    [Range(0, 60 * 24 * 60)]
    public int DefaultMinutesAfterEnd { get; set; } = 120;
}
