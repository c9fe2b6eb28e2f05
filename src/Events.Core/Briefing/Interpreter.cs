namespace Events.Core.Briefing;

/// <summary>An interpreter of one event, working from <see cref="SourceLanguage"/> into <see cref="TargetLanguage"/>.</summary>
public sealed class Interpreter
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string SourceLanguage { get; set; }

    /// <summary>Also the language of their briefing.</summary>
    public required string TargetLanguage { get; set; }
    public int? ChannelId { get; set; }
}
