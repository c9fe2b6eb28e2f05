namespace Events.Core.Links;

/// <summary>A secret the hosts generate once and share through the database when none is configured.</summary>
public sealed class SiteSecret
{
    public required string Name { get; set; }

    /// <summary>Base64.</summary>
    public required string Value { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
