namespace Events.Core.Interpretation;

/// <summary>Which channel an interpreter works on when the organiser names none: the one in their target language.</summary>
public static class ChannelMatching
{
    /// <summary>The channel tagged exactly with the language, else the only one sharing its primary subtag (<c>es</c> for <c>es-419</c>).</summary>
    public static InterpretationChannel? For(string targetLanguage, IEnumerable<InterpretationChannel> channels)
    {
        var list = channels.ToList();
        var exact = list.FirstOrDefault(c => string.Equals(c.LanguageCode, targetLanguage, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }
        var related = list.Where(c => string.Equals(Primary(c.LanguageCode), Primary(targetLanguage), StringComparison.OrdinalIgnoreCase)).ToList();
        return related.Count == 1 ? related[0] : null;
    }

    private static string Primary(string tag) => tag.Split('-')[0];
}
