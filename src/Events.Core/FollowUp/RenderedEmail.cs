namespace Events.Core.FollowUps;

/// <summary>An email's words, ready to preview or to wrap in a message.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
