namespace Events.Core.Content;

/// <summary>The languages event content can be written in (<c>Content:Languages</c>); adding one is configuration, not code.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    public List<string> Languages { get; set; } = ["en", "fr", "es"];
}
