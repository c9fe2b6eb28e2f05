namespace Events.Core.Calendar;

/// <summary>The calendar entry's own words (its LOCATION), in en, fr and es; another language gets English.</summary>
internal static class CalendarTexts
{
    private static readonly Dictionary<string, string> Online = new(StringComparer.Ordinal)
    {
        ["en"] = "Online",
        ["fr"] = "En ligne",
        ["es"] = "En línea",
    };

    public static string OnlineIn(string? language) => language is not null && Online.TryGetValue(language, out var text) ? text : Online["en"];
}
