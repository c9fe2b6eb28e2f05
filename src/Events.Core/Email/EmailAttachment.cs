namespace Events.Core.Email;

/// <summary>A UTF-8 text file a message carries, e.g. a transcript (<see cref="Subtype"/> <c>plain</c> or <c>vtt</c>).</summary>
public sealed record EmailAttachment(string FileName, string Subtype, string Text);
