namespace Events.Core.Content;

/// <summary>A text as one reader gets it: in their language, or the original with <see cref="IsFallback"/> set so the page can say so.</summary>
public sealed record LocalizedText(string Text, string Language, bool IsFallback)
{
    public override string ToString() => Text;
}
