using Events.Core.Content;
using Events.Core.Content.TranslationExchange;

namespace Events.Web.TranslationTools;

/// <summary>
/// The translation tools' words in the reader's language, shared by the page and the API: what a text unit is
/// ("Agenda: Opening remarks — Description"), where it is edited, and why a file or a unit was refused.
/// </summary>
public sealed class TranslationTexts(IStringLocalizer localizer, string slug)
{
    public string Describe(TextPlace place, TextUnit unit)
    {
        var line = Line(unit);
        var field = line is { } n ? localizer[$"@Translations.Field.{unit.Part}.{unit.Field}", n + 1] : localizer[$"@Translations.Field.{unit.Part}.{unit.Field}"];
        var part = localizer["@Translations.Part." + place.Part];
        // The event's own texts need no name: the whole page is about that event.
        return place.Name.Length == 0 || place.Part == "event" ? $"{part} — {field}" : $"{part}: {place.Name} — {field}";
    }

    /// <summary>The organiser page whose form edits this text (its translations sit beside the original there).</summary>
    public string EditUrl(TextPlace place)
    {
        var root = $"/organiser/events/{Uri.EscapeDataString(slug)}";
        var id = place.RecordId?.ToString(CultureInfo.InvariantCulture);
        return place.Part switch
        {
            "agenda" or "topic" => $"{root}/agenda/{id}",
            "speaker" => $"{root}/speakers/{id}",
            "channel" => $"{root}/channels?edit={id}",
            "reading" => $"{root}/readings?edit={id}",
            "question" => $"{root}/questions?edit={id}",
            "poll" => $"{root}/polls?edit={id}",
            _ => $"{root}/edit",
        };
    }

    public string Problem(ImportProblem problem, string detail) => localizer["@Translations.Problem." + problem, detail, TranslationDesk.MaxFileBytes / 1024 / 1024];

    public string Skip(SkippedUnit skipped) => localizer["@Translations.Skip." + skipped.Reason];

    /// <summary>The index of a list line (<c>ExpectedOutcomes.1</c>), null for a plain field.</summary>
    public static int? Line(TextUnit unit) =>
        unit.TranslationField.Length > unit.Field.Length
        && int.TryParse(unit.TranslationField.AsSpan(unit.Field.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
}
