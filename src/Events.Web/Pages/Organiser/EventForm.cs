using Events.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Organiser;

/// <summary>The event form's fields; outcomes arrive as one per line, translations as <c>Translations[fr.Title]</c>.</summary>
public sealed class EventForm
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Rationale { get; set; }
    public string? ExpectedOutcomes { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public string? TimeZone { get; set; }
    /// <summary>Text, so a word that is no number reaches the rules (as 0) instead of silently meaning "no limit".</summary>
    public string? Capacity { get; set; }
    public bool RequiresApproval { get; set; }
    public bool RequiresEmailConfirmation { get; set; }
    public DateTime? RegistrationClosesAt { get; set; }
    public string? ReminderOffsets { get; set; }
    public string? OrganiserName { get; set; }
    public string? OrganiserEmail { get; set; }
    public string? OriginalLanguage { get; set; }
    public List<string> Languages { get; set; } = [];

    /// <summary>Set by the form that shows the language checkboxes, so none ticked is a choice (refused), not "unchanged".</summary>
    public bool LanguagesShown { get; set; }
    public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The site's content languages, offered as checkboxes.</summary>
    [BindNever]
    public IReadOnlyList<string> SiteLanguages { get; set; } = [];

    public IReadOnlyList<string> Outcomes =>
        (ExpectedOutcomes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The translation tabs of the languages chosen on this form, under what it holds in the original.</summary>
    public LanguageTabs Tabs(IStringLocalizer t)
    {
        var fields = new List<TabField>
        {
            new(t["@Event.Title"], Title ?? "", "Form_Title", false, EventRules.TitleMax, "Form", nameof(Title), Translations),
            new(t["@Event.Summary"], Summary ?? "", "Form_Summary", true, EventRules.TextMax, "Form", nameof(Summary), Translations),
            new(t["Rationale"], Rationale ?? "", "Form_Rationale", true, EventRules.TextMax, "Form", nameof(Rationale), Translations),
        };
        fields.AddRange(Outcomes.Select((outcome, i) => new TabField(t["Expected outcome {0}", i + 1], outcome, null, false, 1000,
            "Form", Core.Content.Translations.LineField(nameof(Event.ExpectedOutcomes), i), Translations)));
        var original = OriginalLanguage ?? (SiteLanguages.Count > 0 ? SiteLanguages[0] : "en");
        return LanguageTabs.For("event", original, Languages.Count > 0 ? Languages : SiteLanguages, fields, t);
    }

    public EventInput ToInput() => new(
        Slug?.Trim(), Title, Summary, Rationale,
        (ExpectedOutcomes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        Start, End, TimeZone?.Trim(), ParseCapacity(Capacity), OrganiserName, OrganiserEmail, RequiresApproval, RequiresEmailConfirmation,
        RegistrationClosesAt, ParseReminderOffsets(ReminderOffsets),
        string.IsNullOrWhiteSpace(OriginalLanguage) ? null : OriginalLanguage, LanguagesShown ? Languages : null,
        TranslationForms.ToInput(Translations, LanguagesShown ? Languages.Where(l => l != OriginalLanguage).ToList() : null));

    /// <summary>"None" as the help text says it in each language.</summary>
    private static readonly string[] NoReminders = ["none", "aucun", "aucune", "ninguno", "ninguna"];

    private static int? ParseCapacity(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Empty follows the site's default, "none" sends none; a word that is no number becomes 0, which the rules refuse.</summary>
    private static List<int>? ParseReminderOffsets(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (NoReminders.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return [];
        }
        return text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0)
            .ToList();
    }

    public static EventForm From(Event ev) => new()
    {
        Slug = ev.Slug,
        Title = ev.Title,
        Summary = ev.Summary,
        Rationale = ev.Rationale,
        ExpectedOutcomes = string.Join('\n', ev.ExpectedOutcomes),
        Start = EventTime.ToLocal(ev.StartsAtUtc, ev.TimeZone),
        End = EventTime.ToLocal(ev.EndsAtUtc, ev.TimeZone),
        TimeZone = ev.TimeZoneId,
        Capacity = ev.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RequiresApproval = ev.RequiresApproval,
        RequiresEmailConfirmation = ev.RequiresEmailConfirmation,
        RegistrationClosesAt = ev.RegistrationClosesAtUtc is { } closes ? EventTime.ToLocal(closes, ev.TimeZone) : null,
        ReminderOffsets = ev.ReminderOffsetMinutes switch
        {
            null => null,
            [] => "none",
            var minutes => string.Join(", ", minutes),
        },
        OrganiserName = ev.OrganiserName,
        OrganiserEmail = ev.OrganiserEmail,
        OriginalLanguage = ev.OriginalLanguage,
        Languages = [.. ev.Languages],
        Translations = TranslationForms.From(ev.Translations),
    };
}
